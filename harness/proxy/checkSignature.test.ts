import { describe, expect, it } from 'vitest';
import { signedRequest, type CallInput } from '../client/signedRequest.js';
import { canonicalRequestV3, decodeRequest, encode, hmacSha256Hex, stringToSignV3, type DecodedRequest } from '../protocol/index.js';
import { checkSignature } from './checkSignature.js';

const KEY = { accessKeyId: 'LTAItestKey0001', accessKeySecret: 'test-secret-value' };
const credentials = (id: string) => (id === KEY.accessKeyId ? KEY.accessKeySecret : undefined);
const noSecrets = () => undefined;
const input: CallInput = { action: 'DeleteCustomImages', version: '2020-06-01', params: { RegionId: 'cn-hangzhou', ImageIds: '["m-1"]', ClientToken: "a!b'c(d)e*" } };

function decoded(signature: 'v3' | 'v2', change: (h: Record<string, string>, url: string) => [Record<string, string>, string] = (h, u) => [h, u]): DecodedRequest {
  const r = signedRequest({ endpoint: 'http://127.0.0.1:9000', ...KEY }, { ...input, signature });
  const [headers, url] = change({ ...r.headers }, r.url.replace('http://127.0.0.1:9000', ''));
  const d = decodeRequest({ method: 'POST', url, headers });
  if (!d.ok) throw new Error(d.reason);
  return d.request;
}
const judge = (r: DecodedRequest, c = credentials) => checkSignature(r, c, 0)!;

describe('checkSignature', () => {
  it('passes V3 and V2 signatures recomputed with the secret, and says when it checked structure only', () => {
    expect(judge(decoded('v3'))).toMatchObject({ ruleId: 'acs.client.SignatureV3', ok: true, detail: "signature recomputed with the profile's secret" });
    expect(judge(decoded('v2'))).toMatchObject({ ruleId: 'acs.client.SignatureV2', ok: true });
    expect(judge(decoded('v3'), noSecrets)).toMatchObject({ ok: true, detail: 'structure only: no secret for AccessKey id LTAItestKey0001 in the profile' });
    expect(judge(decoded('v2'), noSecrets).detail).toMatch(/^structure only/);
  });

  it('fails a signature made with another secret, and one over the query in the order sent', () => {
    const wrong = decoded('v3', (h, u) => [{ ...h, Authorization: h['Authorization']!.replace(/Signature=[0-9a-f]+/, `Signature=${'0'.repeat(64)}`) }, u]);
    expect(judge(wrong)).toMatchObject({ ok: false, detail: 'the signature does not match the canonical request (another secret, or another canonical form)' });
    // Re-sign with the query as sent (RegionId first, unsorted): the proxy names the mistake.
    const unsorted = decoded('v3', (h) => {
      const names = h['Authorization']!.match(/SignedHeaders=([^,]+)/)![1]!.split(';');
      const lines = canonicalRequestV3({ method: 'POST', path: '/', query: [], headers: h, signedHeaders: names, payloadHash: h['x-acs-content-sha256']! }).split('\n');
      const reordered = 'RegionId=cn-hangzhou&ImageIds=' + encode('["m-1"]') + '&ClientToken=' + encode("a!b'c(d)e*");
      const sig = hmacSha256Hex(KEY.accessKeySecret, stringToSignV3([...lines.slice(0, 2), reordered, ...lines.slice(3)].join('\n')));
      return [{ ...h, Authorization: h['Authorization']!.replace(/Signature=[0-9a-f]+/, `Signature=${sig}`) }, `/?${reordered}`];
    });
    expect(judge(unsorted).detail).toBe('the signature matches a canonical request built with the query in the order sent instead of sorted by name (canonical query order)');
  });

  it('fails SignedHeaders that leave out an x-acs header, and a wrong content hash', () => {
    const extra = decoded('v3', (h, u) => [{ ...h, 'x-acs-extra': '1' }, u]);
    expect(judge(extra)).toMatchObject({ ok: false, detail: 'SignedHeaders leaves out x-acs-extra' });
    const hash = decoded('v3', (h, u) => [{ ...h, 'x-acs-content-sha256': 'f'.repeat(64) }, u]);
    expect(judge(hash, noSecrets)).toMatchObject({ ok: false, detail: 'x-acs-content-sha256 is not the SHA-256 of the body received' });
  });

  it('fails a V2 request with the wrong method, and names the unsorted order', () => {
    const method = decoded('v2', (h, u) => [h, u.replace('SignatureMethod=HMAC-SHA1', 'SignatureMethod=HMAC-SHA256')]);
    expect(judge(method, noSecrets)).toMatchObject({ ok: false, detail: 'SignatureMethod is not HMAC-SHA1' });
    const bad = decoded('v2', (h, u) => [h, u.replace(/Signature=[^&]+/, 'Signature=AAAA')]);
    expect(judge(bad).detail).toMatch(/does not match the string to sign/);
  });
});
