import { describe, expect, it } from 'vitest';
import { buildV2Params } from './buildV2Params.js';
import { buildV3Headers } from './buildV3Headers.js';
import type { Pair } from './canonicalQuery.js';
import { decodeRequest, type DecodedRequest } from './decodeRequest.js';
import { encode } from './encode.js';
import { signV2 } from './signV2.js';
import { signV3 } from './signV3.js';
import { parseTimestamp } from './timestamp.js';
import { verify, type VerifyResult } from './verify.js';

const ID = 'AKID-1';
const SECRET = 'sekrit-value-123';
const credentials = (id: string) => (id === ID ? SECRET : undefined);
const DATE = '2025-01-02T03:04:05Z';
const AT = parseTimestamp(DATE)!;
const at = (offsetMs: number) => () => AT + offsetMs;
const FORM = 'application/x-www-form-urlencoded';

const toQuery = (pairs: readonly Pair[]) => pairs.map(([n, v]) => `${encode(n)}=${encode(v)}`).join('&');

function decoded(method: string, url: string, headers: Record<string, string>, body = ''): DecodedRequest {
  const result = decodeRequest({ method, url, headers, body: Buffer.from(body) });
  if (!result.ok) throw new Error(`decode failed: ${result.reason}`);
  return result.request;
}

function v3Request(opts: { query?: Pair[]; body?: string; extra?: Record<string, string>; secret?: string } = {}) {
  const query = opts.query ?? [['RegionId', 'cn-hangzhou'], ['ImageName', "x (1)*!'"]];
  const headers = {
    ...buildV3Headers({ host: 'swas.example', action: 'CreateCustomImage', version: '2020-06-01', date: DATE, nonce: 'nonce-3' }),
    ...(opts.body !== undefined ? { 'content-type': FORM } : {}),
    ...opts.extra,
  };
  const signed = signV3({ method: 'POST', path: '/', query, headers, body: opts.body ?? '', accessKeyId: ID, accessKeySecret: opts.secret ?? SECRET });
  const { Authorization: authorization, ...added } = signed.headers;
  return { url: `/?${toQuery(query)}`, headers: { ...headers, ...added, authorization }, body: opts.body ?? '' };
}

function v2Request(opts: { query?: Pair[]; form?: Pair[]; timestamp?: string; secret?: string } = {}) {
  const common = buildV2Params({ action: 'ModifyImageShareStatus', version: '2020-06-01', accessKeyId: ID, timestamp: opts.timestamp ?? DATE, nonce: 'nonce-2' });
  const query = [...common, ...(opts.query ?? [['ImageId', 'm-1']])];
  const form = opts.form ?? [];
  const sig = signV2({ method: 'POST', params: [...query, ...form], accessKeySecret: opts.secret ?? SECRET }).signature;
  return {
    url: `/?${toQuery([...query, ['Signature', sig]])}`,
    headers: (form.length ? { host: 'h', 'content-type': FORM } : { host: 'h' }) as Record<string, string>,
    body: toQuery(form),
  };
}

const check = (r: { url: string; headers: Record<string, string>; body: string }, now = at(0)): VerifyResult =>
  verify(decoded('POST', r.url, r.headers, r.body), { credentials, now });

describe('verify V3', () => {
  it('accepts a signed request and reports key, nonce and timestamp', () => {
    expect(check(v3Request())).toEqual({ ok: true, version: 'v3', accessKeyId: ID, nonce: 'nonce-3', timestamp: DATE, timestampMs: AT });
  });

  it('covers a form body through the payload hash only', () => {
    const r = v3Request({ body: 'Description=hello%20world' });
    expect(check(r).ok).toBe(true);
    expect(check({ ...r, body: 'Description=hello%20there' })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('re-encodes the decoded query instead of trusting its raw form', () => {
    const r = v3Request();
    const rawSpelling = r.url.replace('%28', '(').replace('%29', ')').replace('%2A', '*').replace('%21', '!').replace('%20', '+');
    expect(rawSpelling).not.toBe(r.url);
    expect(check({ ...r, url: rawSpelling }).ok).toBe(true);
  });

  it('enforces the window, bounds included, with the injected clock', () => {
    const r = v3Request();
    const window = 15 * 60_000;
    expect(check(r, at(window)).ok).toBe(true);
    expect(check(r, at(-window)).ok).toBe(true);
    expect(check(r, at(window + 1))).toEqual({ ok: false, reason: 'stale-timestamp' });
    expect(check(r, at(-window - 1))).toEqual({ ok: false, reason: 'stale-timestamp' });
    const req = decoded('POST', r.url, r.headers);
    expect(verify(req, { credentials, now: at(window + 1), windowMs: window + 1 }).ok).toBe(true);
  });

  it.each([
    ['malformed-authorization', (h: Record<string, string>) => ({ ...h, authorization: 'ACS3-HMAC-SHA256 Credential=x' })],
    ['malformed-authorization', (h: Record<string, string>) => ({ ...h, authorization: h.authorization!.replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SM3') })],
    ['malformed-authorization', (h: Record<string, string>) => ({ ...h, authorization: h.authorization!.replace('host;', '') })],
    ['malformed-authorization', (h: Record<string, string>) => ({ ...h, authorization: h.authorization!.replace('host;', 'accept;host;') })],
    ['missing-date', (h: Record<string, string>) => { const { 'x-acs-date': _d, ...rest } = h; return rest; }],
    ['missing-date', (h: Record<string, string>) => ({ ...h, 'x-acs-date': '2025-02-30T00:00:00Z' })],
    ['missing-nonce', (h: Record<string, string>) => ({ ...h, 'x-acs-signature-nonce': ' ' })],
    ['unknown-access-key', (h: Record<string, string>) => ({ ...h, authorization: h.authorization!.replace(`Credential=${ID}`, 'Credential=other') })],
    ['bad-signature', (h: Record<string, string>) => ({ ...h, 'x-acs-signature-nonce': 'nonce-4' })],
    ['bad-signature', (h: Record<string, string>) => ({ ...h, host: 'evil.example' })],
    ['missing-signature', (h: Record<string, string>) => { const { authorization: _a, ...rest } = h; return rest; }],
  ] as const)('reports %s', (reason, mutate) => {
    const r = v3Request();
    expect(check({ ...r, headers: mutate(r.headers) })).toEqual({ ok: false, reason });
  });

  it('reports a wrong secret as bad-signature and never echoes the secret', () => {
    const result = check(v3Request({ secret: 'not-the-secret' }));
    expect(result).toEqual({ ok: false, reason: 'bad-signature' });
    expect(JSON.stringify(check(v3Request()))).not.toContain(SECRET);
  });
});

describe('verify V2', () => {
  it('accepts a signed request, form parameters included in the signature', () => {
    const r = v2Request({ form: [['Operation', 'Share'], ['Description', "a b*(c)'!"]] });
    expect(check(r)).toEqual({ ok: true, version: 'v2', accessKeyId: ID, nonce: 'nonce-2', timestamp: DATE, timestampMs: AT });
    expect(check({ ...r, body: r.body.replace('Share', 'Unshare') })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each([
    ['malformed-authorization', (u: string) => u.replace('SignatureMethod=HMAC-SHA1', 'SignatureMethod=HMAC-SHA256')],
    ['malformed-authorization', (u: string) => u.replace('SignatureVersion=1.0', 'SignatureVersion=2.0')],
    ['malformed-authorization', (u: string) => u.replace(`AccessKeyId=${ID}`, 'AccessKeyId=')],
    ['missing-date', (u: string) => u.replace(/&Timestamp=[^&]*/, '')],
    ['missing-nonce', (u: string) => u.replace(/&SignatureNonce=[^&]*/, '')],
    ['unknown-access-key', (u: string) => u.replace(`AccessKeyId=${ID}`, 'AccessKeyId=other')],
    ['bad-signature', (u: string) => u.replace('ImageId=m-1', 'ImageId=m-2')],
    ['bad-signature', (u: string) => u.replace(/Signature=[^&]*/, (s) => s.replace(/.$/, s.endsWith('A') ? 'B' : 'A'))],
    ['missing-signature', (u: string) => u.replace(/&Signature=[^&]*/, '')],
  ] as const)('reports %s', (reason, mutate) => {
    const r = v2Request();
    expect(check({ ...r, url: mutate(r.url) })).toEqual({ ok: false, reason });
  });

  it('reports stale-timestamp outside the window and uses the method in the signature', () => {
    expect(check(v2Request(), at(16 * 60_000))).toEqual({ ok: false, reason: 'stale-timestamp' });
    const r = v2Request();
    expect(verify(decoded('GET', r.url, r.headers), { credentials, now: at(0) })).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
