import type { Spec } from '../../spec/index.js';
import { parseAuthorization, parseTimestamp, type NonceCache } from '../protocol/index.js';
import type { ReadExchange } from './readExchange.js';
import type { Check } from './RuleTally.js';

const V3_HEADERS = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];
const V2_PARAMS = ['Action', 'Version', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature'];
const WIRE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const WINDOW_MS = 15 * 60 * 1000;
const UNKNOWN_ACTION = new Set(['InvalidAction.NotFound', 'InvalidAction']);

export interface CommonContext {
  spec: Spec;
  nonces: NonceCache;
  /** The region the proxy stands for when the Host header names no documented endpoint. */
  region?: string;
}

/**
 * The cross-operation request rules of one exchange: RequiredHeaders (a decodable, signed request
 * with its scheme's common fields), Timestamp, NonceUnique, KnownAction and RegionMatchesEndpoint.
 * A rule that cannot apply to the request (no timestamp to judge, an action out of scope the
 * upstream knows) gives no check rather than a pass.
 */
export function checkCommon(x: ReadExchange, ctx: CommonContext): { checks: Check[]; outOfScope?: string } {
  const checks: Check[] = [];
  const exchanges = [x.ex.index];
  const operation = x.op ? `${x.op.product}.${x.op.operation}` : undefined;
  const add = (ruleId: string, ok: boolean, detail: string, expected?: string) =>
    checks.push({ ruleId, ok, detail, exchanges, ...(operation && { operation }), ...(!ok && expected && { expected }) });
  const r = x.decoded;
  if (!r) {
    add('acs.client.RequiredHeaders', false, `the request cannot be decoded: ${x.decodeError ?? 'unknown reason'}`, 'a well-formed RPC request');
    if (/^(missing|conflicting)-(action|version)/.test(x.decodeError ?? '')) add('acs.client.KnownAction', false, x.decodeError!, 'an action and a version, header and parameter agreeing');
    return { checks };
  }
  const scheme = r.signature.scheme;
  const params = new Map([...r.queryPairs, ...r.formPairs]);
  const missing = scheme === 'v3' ? V3_HEADERS.filter((h) => !r.headers[h]?.trim()) : scheme === 'v2' ? V2_PARAMS.filter((p) => !params.get(p)) : [];
  if (scheme === 'none') add('acs.client.RequiredHeaders', false, 'unsigned: no Authorization header and no Signature parameter', 'a V3 or V2 signed request');
  else add('acs.client.RequiredHeaders', missing.length === 0, missing.length ? `${scheme.toUpperCase()} request without ${missing.join(', ')}` : `${scheme.toUpperCase()} common fields present`, scheme === 'v3' ? V3_HEADERS.join(', ') : V2_PARAMS.join(', '));

  const time = scheme === 'v3' ? r.headers['x-acs-date']?.trim() : scheme === 'v2' ? params.get('Timestamp') : undefined;
  if (time) {
    const at = parseTimestamp(time);
    const skew = at === undefined ? undefined : Math.round((at - x.ex.startedAt) / 1000);
    const ok = WIRE_TIME.test(time) && skew !== undefined && Math.abs(skew * 1000) <= WINDOW_MS;
    add('acs.client.Timestamp', ok, !WIRE_TIME.test(time) || skew === undefined ? `timestamp ${JSON.stringify(time.slice(0, 40))} is not yyyy-MM-ddTHH:mm:ssZ` : `timestamp ${skew} s from the proxy's clock`, 'yyyy-MM-ddTHH:mm:ssZ within 15 minutes');
  }
  const nonce = scheme === 'v3' ? r.headers['x-acs-signature-nonce']?.trim() : scheme === 'v2' ? params.get('SignatureNonce') : undefined;
  const keyId = scheme === 'v3' ? (r.signature.scheme === 'v3' ? parseAuthorization(r.signature.authorization)?.accessKeyId : undefined) : params.get('AccessKeyId');
  if (nonce) {
    const reused = ctx.nonces.seen(`${keyId ?? ''}:${nonce}`, x.ex.startedAt);
    add('acs.client.NonceUnique', !reused, reused ? `nonce ${nonce.slice(0, 16)}… was already used with AccessKey ${keyId ?? '(none)'}` : 'fresh nonce', 'a nonce not used before');
  }

  let outOfScope: string | undefined;
  if (!x.product) add('acs.client.KnownAction', false, `version ${JSON.stringify(r.version.slice(0, 40))} names no product in scope`, `version ${Object.values(ctx.spec.products).map((p) => `${p.version} (${p.code})`).join(' or ')}`);
  else if (x.op) add('acs.client.KnownAction', true, `${x.product} ${r.action}`);
  else if (UNKNOWN_ACTION.has(x.upstreamCode ?? x.code ?? '')) add('acs.client.KnownAction', false, `the upstream does not know ${x.product} action ${JSON.stringify(r.action.slice(0, 64))}`, `an operation of ${ctx.spec.products[x.product].code}`);
  else outOfScope = `${x.product}.${r.action.slice(0, 64)}`;

  const regionId = r.params['RegionId'];
  if (x.op && x.product && regionId !== undefined) {
    const host = (r.headers['host'] ?? '').replace(/:\d+$/, '');
    const endpoints = ctx.spec.products[x.product].endpoints;
    const documented = Object.keys(endpoints).find((region) => endpoints[region] === host);
    const region = documented ?? ctx.region;
    if (region) add('acs.client.RegionMatchesEndpoint', regionId === region, `RegionId ${JSON.stringify(regionId.slice(0, 40))} at an endpoint of ${region}${documented ? ` (${host})` : ' (the region the proxy stands for)'}`, `RegionId ${region}`);
  }
  return { checks, ...(outOfScope && { outOfScope }) };
}
