import { readFileSync } from 'node:fs';
import { OpenApiUtil } from '@alicloud/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildV2Params } from './buildV2Params.js';
import { signV2 } from './signV2.js';

interface V2Vector {
  id: string;
  kind: string;
  inputs: { method: string; params: Record<string, string>; access_key_secret: string };
  expected: { canonicalized_query: string; string_to_sign: string; hmac_key: string; signature: string };
}

const fixture = new URL('../../fixtures/signature/vectors.json', import.meta.url);
const vectors = (JSON.parse(readFileSync(fixture, 'utf8')) as { vectors: V2Vector[] }).vectors.filter(
  (v) => v.kind === 'HMAC-SHA1 SignatureVersion=1.0',
);

describe('signV2 against the signature vectors', () => {
  it('has V2 vectors to check', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(3);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    expect(v.expected.hmac_key).toBe(`${v.inputs.access_key_secret}&`);
    const signed = signV2({
      method: v.inputs.method,
      params: Object.entries(v.inputs.params),
      accessKeySecret: v.inputs.access_key_secret,
    });
    expect(signed.canonicalQuery).toBe(v.expected.canonicalized_query);
    expect(signed.stringToSign).toBe(v.expected.string_to_sign);
    expect(signed.signature).toBe(v.expected.signature);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s: the SDK computes the same Signature', (_id, v) => {
    const sdk = OpenApiUtil.getRPCSignature(v.inputs.params, v.inputs.method, v.inputs.access_key_secret);
    expect(sdk).toBe(v.expected.signature);
  });
});

describe('signV2 details', () => {
  const params = buildV2Params({
    action: 'ModifyImageShareStatus',
    version: '2020-06-01',
    accessKeyId: 'id',
    timestamp: '2025-01-02T03:04:05Z',
    nonce: 'n-1',
  });

  it('builds the common parameters', () => {
    expect(Object.fromEntries(params)).toEqual({
      Action: 'ModifyImageShareStatus',
      Format: 'json',
      Version: '2020-06-01',
      Timestamp: '2025-01-02T03:04:05Z',
      SignatureNonce: 'n-1',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      AccessKeyId: 'id',
    });
    const withToken = buildV2Params({ action: 'A', version: 'V', accessKeyId: 'id', securityToken: 'tok' });
    expect(Object.fromEntries(withToken).SecurityToken).toBe('tok');
    expect(Object.fromEntries(withToken).SignatureNonce).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ignores an existing Signature and appends the new one', () => {
    const first = signV2({ method: 'POST', params, accessKeySecret: 's' });
    const again = signV2({ method: 'post', params: first.signedParams, accessKeySecret: 's' });
    expect(again.signature).toBe(first.signature);
    expect(again.signedParams.filter(([n]) => n === 'Signature')).toEqual([['Signature', first.signature]]);
  });

  it('encodes values RFC 3986 style inside the string to sign', () => {
    const signed = signV2({ method: 'POST', params: [['Name', "a b*(c)'!~"]], accessKeySecret: 's' });
    expect(signed.canonicalQuery).toBe('Name=a%20b%2A%28c%29%27%21~');
    expect(signed.stringToSign).toBe('POST&%2F&Name%3Da%2520b%252A%2528c%2529%2527%2521~');
  });
});
