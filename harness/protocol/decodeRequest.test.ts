import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './canonicalRequestV3.js';
import { decodeRequest, type RawRequest } from './decodeRequest.js';
import { encode } from './encode.js';

const HEADERS = { host: 'h', 'x-acs-action': 'DescribeImages', 'x-acs-version': '2014-05-26' };
const FORM = { ...HEADERS, 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' };

const decode = (url: string, headers: RawRequest['headers'] = HEADERS, body?: string | Buffer, method = 'POST') =>
  decodeRequest({ method, url, headers, ...(body === undefined ? {} : { body: Buffer.from(body) }) });

const reasonOf = (result: ReturnType<typeof decode>) => (result.ok ? 'ok' : result.reason);

describe('decodeRequest', () => {
  it('decodes query and form parameters in order, and separates common parameters', () => {
    const r = decode('/?RegionId=cn-hangzhou&Name=a%20b+c%2B%E5%90%8D&Flag&Empty=&&Format=json', FORM, 'Tag.1.Key=k&Tag.1.Value=%27v%27');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.request.queryPairs).toEqual([['RegionId', 'cn-hangzhou'], ['Name', 'a b c+名'], ['Flag', ''], ['Empty', ''], ['Format', 'json']]);
    expect(r.request.formPairs).toEqual([['Tag.1.Key', 'k'], ['Tag.1.Value', "'v'"]]);
    expect(r.request.params).toEqual({ RegionId: 'cn-hangzhou', Name: 'a b c+名', Flag: '', Empty: '', 'Tag.1.Key': 'k', 'Tag.1.Value': "'v'" });
    expect(r.request.bodySha256).toBe(sha256Hex('Tag.1.Key=k&Tag.1.Value=%27v%27'));
    expect(r.request.signature).toEqual({ scheme: 'none' });
  });

  it('takes action and version from parameters, and rejects a disagreement with the headers', () => {
    const byParam = decode('/?Action=A&Version=V', { host: 'h' });
    expect(byParam.ok && [byParam.request.action, byParam.request.version]).toEqual(['A', 'V']);
    expect(reasonOf(decode('/?Action=B', HEADERS))).toBe('conflicting-action');
    expect(reasonOf(decode('/?Version=1', HEADERS))).toBe('conflicting-version');
    expect(reasonOf(decode('/?Version=V', { host: 'h' }))).toBe('missing-action');
    expect(reasonOf(decode('/?Action=A', { host: 'h' }))).toBe('missing-version');
  });

  it('reports the signature scheme, V3 taking precedence', () => {
    const v2 = decode('/?Signature=abc%2B%3D&AccessKeyId=id');
    expect(v2.ok && v2.request.signature).toEqual({ scheme: 'v2', signature: 'abc+=', accessKeyId: 'id' });
    const v3 = decode('/?Signature=abc', { ...HEADERS, Authorization: 'ACS3-HMAC-SHA256 x' });
    expect(v3.ok && v3.request.signature).toEqual({ scheme: 'v3', authorization: 'ACS3-HMAC-SHA256 x' });
  });

  it('lower-cases header names and joins repeated values', () => {
    const r = decode('/', { ...HEADERS, 'X-Acs-Extra': ['a', 'b'], skipped: undefined });
    expect(r.ok && { ...r.request.headers }).toEqual({ ...HEADERS, 'x-acs-extra': 'a, b' });
  });

  it('hashes but does not parse a body that is not form-encoded', () => {
    const r = decode('/', { ...HEADERS, 'content-type': 'application/json' }, '{"A":1}');
    expect(r.ok && [r.request.formPairs, r.request.bodySha256]).toEqual([[], sha256Hex('{"A":1}')]);
  });

  it('keeps a leading BOM and raw UTF-8 bytes in a form body', () => {
    const r = decode('/', FORM, Buffer.from('A=%EF%BB%BFx&B=é'));
    expect(r.ok && r.request.formPairs).toEqual([['A', '\uFEFFx'], ['B', 'é']]);
  });

  it.each([
    ['/?A=%ZZ', 'bad-percent-encoding'],
    ['/?A=%4', 'bad-percent-encoding'],
    ['/?A=x%', 'bad-percent-encoding'],
    ['/?%G1=x', 'bad-percent-encoding'],
    ['/?A=%C3%28', 'invalid-utf8'],
    ['/?A=%C0%AF', 'invalid-utf8'],
    ['/?A=%ED%A0%80', 'invalid-utf8'],
    ['/?A=%FF', 'invalid-utf8'],
    ['/?=x', 'empty-name'],
    ['/?A=1&A=2', 'repeated-parameter'],
    ['/?A=1&%41=2', 'repeated-parameter'],
    ['no-slash', 'bad-url'],
    ['http://host/?A=1', 'bad-url'],
    ['/?A=1#frag', 'bad-url'],
    ['/?A=名', 'bad-url'],
    ['/?A=a b', 'bad-url'],
  ])('rejects %s as %s', (url, reason) => {
    expect(reasonOf(decode(url))).toBe(reason);
  });

  it('rejects bad form bodies and names repeated across query and body', () => {
    expect(reasonOf(decode('/', FORM, 'A=%C3%28'))).toBe('invalid-utf8');
    expect(reasonOf(decode('/', FORM, Buffer.from([0x41, 0x3d, 0xff])))).toBe('invalid-utf8');
    expect(reasonOf(decode('/', FORM, 'A=%Z1'))).toBe('bad-percent-encoding');
    expect(reasonOf(decode('/?A=1', FORM, 'A=1'))).toBe('repeated-parameter');
    expect(reasonOf(decode('/', HEADERS, '', 'GE T'))).toBe('bad-method');
  });

  it('never quotes a value in the failure detail', () => {
    const r = decode('/?Secret=hunter2%C3%28');
    expect(r).toMatchObject({ ok: false, reason: 'invalid-utf8' });
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('rejects huge inputs quickly', () => {
    const started = performance.now();
    expect(reasonOf(decode(`/?A=${'x'.repeat(1024 * 1024)}`))).toBe('too-large');
    expect(reasonOf(decode('/', FORM, `A=${'x'.repeat(1024 * 1024)}`))).toBe('too-large');
    expect(reasonOf(decode(`/?${'A=1&'.repeat(2000)}`))).toBe('too-large');
    expect(reasonOf(decode('/', FORM, Array.from({ length: 1001 }, (_, i) => `P${i}=1`).join('&')))).toBe('too-large');
    expect(reasonOf(decode('/', { ...HEADERS, big: 'x'.repeat(70_000) }))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('honours custom limits', () => {
    expect(reasonOf(decodeRequest({ method: 'POST', url: '/?A=1&B=2', headers: HEADERS }, { maxParams: 1 }))).toBe('too-large');
    expect(reasonOf(decodeRequest({ method: 'POST', url: `/?A=${'x'.repeat(2 << 20)}`, headers: HEADERS }, { maxUrlLength: 4 << 20 }))).toBe('ok');
  });

  it('never throws, whatever the URL, body or method', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 8 }), (url, body, method) => {
        const result = decodeRequest({ method, url: `/?${url}`, headers: FORM, body: Buffer.from(body) });
        expect(typeof result.ok).toBe('boolean');
        decodeRequest({ method: 'POST', url, headers: FORM });
      }),
      { numRuns: 300 },
    );
  });

  it('decodes whatever encode() produced, for any unique names and values', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((n) => n !== 'Action' && n !== 'Version');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, fc.string({ unit: 'binary', maxLength: 20 })), { selector: (p) => p[0], maxLength: 8 }), (pairs) => {
        const query = pairs.map(([n, v]) => `${encode(n)}=${encode(v)}`).join('&');
        const r = decode(`/?${query}`);
        expect(r.ok && r.request.queryPairs).toEqual(pairs);
      }),
      { numRuns: 300 },
    );
  });
});
