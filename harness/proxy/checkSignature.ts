import { createHmac } from 'node:crypto';
import {
  canonicalRequestV3, encode, hmacSha256Hex, parseAuthorization, stringToSignV3, verifyV2, verifyV3,
  type CredentialStore, type DecodedRequest, type Pair,
} from '../protocol/index.js';
import type { Check } from './RuleTally.js';

const inOrder = (pairs: readonly Pair[]) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');

/** Why a V3 signature that does not match might have been computed: the canonical forms clients get wrong. */
function diagnoseV3(r: DecodedRequest, signedHeaders: string[], signature: string, secret: string): string {
  const lines = canonicalRequestV3({ method: r.method, path: r.path, query: [], headers: r.headers, signedHeaders, payloadHash: r.bodySha256 }).split('\n');
  const variants: [string, string][] = [
    ['the query in the order sent instead of sorted by name (canonical query order)', inOrder(r.queryPairs)],
    ['the query encoded like encodeURIComponent (! \' ( ) * left unescaped) instead of RFC 3986', [...r.queryPairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')],
  ];
  for (const [what, query] of variants) {
    const canonical = [...lines.slice(0, 2), query, ...lines.slice(3)].join('\n');
    if (hmacSha256Hex(secret, stringToSignV3(canonical)) === signature) return `the signature matches a canonical request built with ${what}`;
  }
  return 'the signature does not match the canonical request (another secret, or another canonical form)';
}

function checkV3(r: DecodedRequest, authorization: string, credentials: CredentialStore): { ok: boolean; detail: string } {
  const auth = parseAuthorization(authorization);
  if (!auth) return { ok: false, detail: 'Authorization is not an ACS3-HMAC-SHA256 header with exactly the fields Credential, SignedHeaders and Signature (64 hex digits)' };
  const listed = new Set(auth.signedHeaders);
  const mustSign = ['host', ...Object.keys(r.headers).filter((h) => h.startsWith('x-acs-')), ...(r.headers['content-type'] !== undefined ? ['content-type'] : [])];
  const unsigned = mustSign.filter((h) => !listed.has(h));
  if (unsigned.length) return { ok: false, detail: `SignedHeaders leaves out ${unsigned.join(', ')}` };
  const absent = auth.signedHeaders.filter((h) => r.headers[h] === undefined);
  if (absent.length) return { ok: false, detail: `SignedHeaders names ${absent.join(', ')}, which the request does not carry` };
  const hash = r.headers['x-acs-content-sha256']?.trim();
  if (hash !== undefined && hash !== r.bodySha256) return { ok: false, detail: 'x-acs-content-sha256 is not the SHA-256 of the body received' };
  const secret = credentials(auth.accessKeyId);
  if (secret === undefined) return { ok: true, detail: `structure only: no secret for AccessKey id ${auth.accessKeyId} in the profile` };
  const check = verifyV3(r, authorization, credentials);
  if (check.ok) return { ok: true, detail: "signature recomputed with the profile's secret" };
  if (check.reason === 'bad-signature') return { ok: false, detail: diagnoseV3(r, auth.signedHeaders, auth.signature, secret) };
  return { ok: false, detail: `the request is not signable (${check.reason})` };
}

function checkV2(r: DecodedRequest, signature: string, credentials: CredentialStore): { ok: boolean; detail: string } {
  const params = new Map([...r.queryPairs, ...r.formPairs]);
  const wrong = [['SignatureMethod', 'HMAC-SHA1'], ['SignatureVersion', '1.0']].filter(([k, v]) => params.get(k!) !== v).map(([k, v]) => `${k} is not ${v}`);
  const id = params.get('AccessKeyId') ?? '';
  if (!id) wrong.push('AccessKeyId is missing or empty');
  if (wrong.length) return { ok: false, detail: wrong.join('; ') };
  const secret = credentials(id);
  if (secret === undefined) return { ok: true, detail: `structure only: no secret for AccessKey id ${id} in the profile` };
  const check = verifyV2(r, signature, credentials);
  if (check.ok) return { ok: true, detail: "signature recomputed with the profile's secret" };
  if (check.reason !== 'bad-signature') return { ok: false, detail: `the request is not signable (${check.reason})` };
  const unsorted = [...r.queryPairs, ...r.formPairs].filter(([k]) => k !== 'Signature');
  const toSign = `${r.method}&${encode('/')}&${encode(inOrder(unsorted))}`;
  const matches = createHmac('sha1', `${secret}&`).update(toSign).digest('base64') === signature;
  return { ok: false, detail: matches ? 'the signature matches the parameters in the order sent instead of sorted by name (canonical query order)' : 'the signature does not match the string to sign (another secret, or another canonical form)' };
}

/** acs.client.SignatureV3 or acs.client.SignatureV2 for one decoded request; none for an unsigned one (RequiredHeaders says so). */
export function checkSignature(r: DecodedRequest, credentials: CredentialStore, exchange: number, operation?: string): Check | undefined {
  const s = r.signature;
  if (s.scheme === 'none') return undefined;
  const { ok, detail } = s.scheme === 'v3' ? checkV3(r, s.authorization, credentials) : checkV2(r, s.signature, credentials);
  const ruleId = s.scheme === 'v3' ? 'acs.client.SignatureV3' : 'acs.client.SignatureV2';
  return { ruleId, ok, detail, exchanges: [exchange], ...(operation && { operation }), ...(!ok && { expected: s.scheme === 'v3' ? 'an ACS3-HMAC-SHA256 signature over the sorted, RFC 3986 encoded query and every x-acs-* header, host and content-type' : 'an HMAC-SHA1 signature over the sorted, RFC 3986 encoded parameters' }) };
}
