// A small RPC client with switchable misbehaviours (tools/clientDeviations.ts): the proof that the
// proxy catches what it claims to. Without a deviation it behaves: V3 and V2 signatures, documented
// list encodings, a ClientToken on creates, retries of throttled, failed and dropped calls with
// doubling pauses from 50 ms, at most 5 attempts, never a retry of a client error.
// Usage: npx tsx tools/deviantClient.ts --endpoint URL [--deviation NAME] [--list]
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { send } from '../harness/client/send.js';
import { SEED } from '../harness/model/seed.js';
import {
  buildV2Params, buildV3Headers, canonicalRequestV3, encode, formatTimestamp, hmacSha256Hex, sha256Hex, signV2, signV3, stringToSignV3, type Pair,
} from '../harness/protocol/index.js';
import { CLIENT_DEVIATIONS, type ClientDeviation, type ClientDeviationName } from './clientDeviations.js';

export interface ScenarioOptions { endpoint: string; accessKeyId: string; accessKeySecret: string; deviation?: ClientDeviationName }
interface Answer { status: number; code?: string; body: Record<string, unknown> }

const VERSION = { swas: '2020-06-01', ecs: '2014-05-26' } as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const query = (pairs: Pair[]) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');

export class DeviantClient {
  private readonly fixedNonce = randomBytes(16).toString('hex');
  constructor(private readonly o: ScenarioOptions) {}
  private is(name: ClientDeviationName): boolean { return this.o.deviation === name; }

  /** One signed request, with the deviation's signing mistakes. */
  private sign(product: 'swas' | 'ecs', action: string, pairs: Pair[], v2: boolean): { url: string; headers: Record<string, string> } {
    const base = new URL(this.o.endpoint);
    const nonce = this.is('reused-nonce') ? this.fixedNonce : randomBytes(16).toString('hex');
    const date = formatTimestamp(Date.now() - (this.is('stale-timestamp') ? 20 * 60_000 : 0));
    if (v2) {
      const common = buildV2Params({ action, version: VERSION[product], accessKeyId: this.o.accessKeyId, timestamp: date, nonce });
      const secret = this.o.accessKeySecret + (this.is('v2-wrong-signature') ? 'x' : '');
      const { signedParams } = signV2({ method: 'POST', params: [...common, ...pairs], accessKeySecret: secret });
      return { url: `${base.origin}/?${query(signedParams)}`, headers: { host: base.host, 'x-acs-action': action, 'x-acs-version': VERSION[product] } };
    }
    const headers = buildV3Headers({ host: base.host, action, version: VERSION[product], date, nonce });
    const secret = this.o.accessKeySecret + (this.is('wrong-signature') ? 'x' : '');
    let signed: Record<string, string> = signV3({ method: 'POST', path: '/', query: pairs, headers, accessKeyId: this.o.accessKeyId, accessKeySecret: secret }).headers;
    if (this.is('unsorted-canonical-query') || this.is('missing-content-sha256')) {
      const all = this.is('missing-content-sha256') ? headers : { ...headers, 'x-acs-content-sha256': sha256Hex('') };
      const names = Object.keys(all).sort();
      const lines = canonicalRequestV3({ method: 'POST', path: '/', query: pairs, headers: all, signedHeaders: names, payloadHash: sha256Hex('') }).split('\n');
      if (this.is('unsorted-canonical-query')) lines[2] = query(pairs);
      const signature = hmacSha256Hex(secret, stringToSignV3(lines.join('\n')));
      signed = { ...(all['x-acs-content-sha256'] && { 'x-acs-content-sha256': all['x-acs-content-sha256'] }), Authorization: `ACS3-HMAC-SHA256 Credential=${this.o.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}` };
    }
    return { url: `${base.origin}/?${query(pairs)}`, headers: { ...headers, ...signed } };
  }

  /** One logical call under the retry policy (and the deviation's way of breaking it). */
  async call(product: 'swas' | 'ecs', action: string, params: Record<string, string>, v2 = false): Promise<Answer> {
    const maxAttempts = this.is('unbounded-retry') ? 8 : 5;
    let answer: Answer = { status: 0, body: {} };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const sent = attempt > 1 && this.is('new-client-token-on-retry') && params['ClientToken'] ? { ...params, ClientToken: randomUUID() } : params;
      const req = this.sign(product, action, Object.entries(sent), v2);
      const raw = await send(req.url, { method: 'POST', headers: req.headers }).catch(() => undefined);
      const body = raw ? (JSON.parse(raw.text || '{}') as Record<string, unknown>) : {};
      answer = { status: raw?.status ?? 0, body, ...(typeof body['Code'] === 'string' && { code: body['Code'] }) };
      const throttled = answer.code?.includes('Throttling') ?? false;
      const retry = throttled ? !this.is('no-retry-on-throttling') : answer.status === 0 || answer.status >= 500 || (answer.status >= 400 && this.is('retry-on-400'));
      if (answer.status === 200 || !retry) return answer;
      await sleep(throttled && this.is('retry-without-backoff') ? 0 : Math.min(this.is('unbounded-retry') ? 200 : 400, 50 * 2 ** (attempt - 1)));
    }
    return answer;
  }
}

/** The scenario: reads, two creates with ClientTokens, share and unshare, deletes (one of an unknown id), an ECS read. */
export async function runScenario(o: ScenarioOptions): Promise<number> {
  const c = new DeviantClient(o);
  const is = (n: ClientDeviationName) => o.deviation === n;
  const region = is('wrong-region') ? 'cn-beijing' : SEED.region;
  let calls = 0;
  const call = (p: 'swas' | 'ecs', a: string, params: Record<string, string>, v2 = false) => { calls++; return c.call(p, a, { RegionId: region, ...params }, v2); };
  await call('swas', 'ListInstances', is('undocumented-parameter') ? { Verbose: 'true' } : {});
  if (o.deviation && (CLIENT_DEVIATIONS[o.deviation] as ClientDeviation).scenario === 'one-call') return calls;
  await call('swas', 'ListDisks', { InstanceId: SEED.main.servers[0] }, true);
  const ids: string[] = [];
  for (const [i, snapshot] of ['s-seed00000000sys1', 's-seed00000000sys2'].entries()) {
    const name = is('value-over-max-length') && i === 0 ? `img${'x'.repeat(126)}` : `acsc-client-${randomBytes(4).toString('hex')}`;
    const r = await call('swas', 'CreateCustomImage', { InstanceId: SEED.main.servers[i]!, SystemSnapshotId: snapshot, ImageName: name, ClientToken: randomUUID() });
    if (typeof r.body['ImageId'] === 'string') ids.push(r.body['ImageId']);
  }
  await call('swas', is('unknown-action') ? 'ListCustomImage' : 'ListCustomImages', { ImageIds: JSON.stringify(ids), PageSize: is('wrong-type') ? 'ten' : '10' });
  if (ids[0]) {
    await call('swas', 'ModifyImageShareStatus', { ImageId: ids[0], Operation: 'Share' });
    await call('swas', 'ModifyImageShareStatus', { ImageId: ids[0], Operation: 'UnShare' });
  }
  await call('swas', 'DeleteCustomImages', is('list-as-repeat') ? Object.fromEntries(ids.map((id, i) => [`ImageIds.${i + 1}`, id])) : { ImageIds: JSON.stringify(ids) });
  await call('swas', 'DeleteCustomImages', { ImageIds: '["m-acscnone000000"]' });
  await call('ecs', 'DescribeImages', { PageSize: '10' });
  return calls;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { endpoint: { type: 'string' }, deviation: { type: 'string' }, list: { type: 'boolean' } } });
  if (values.list) for (const [name, d] of Object.entries(CLIENT_DEVIATIONS)) console.log(`${name}\t${d.summary}\tbreaks: ${d.breaks.join(', ')}${'inject' in d ? `\tinject: ${d.inject.join(' ')}` : ''}`);
  else {
    if (!values.endpoint || (values.deviation && !Object.hasOwn(CLIENT_DEVIATIONS, values.deviation))) throw new Error('usage: deviantClient.ts --endpoint URL [--deviation NAME] (--list shows the names)');
    const calls = await runScenario({ endpoint: values.endpoint, accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret, ...(values.deviation && { deviation: values.deviation as ClientDeviationName }) });
    console.log(`${calls} calls sent${values.deviation ? ` with deviation ${values.deviation}` : ''}`);
  }
}
