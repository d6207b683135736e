import { readFileSync } from 'node:fs';
import { OpenApiUtil } from '@alicloud/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildV3Headers } from './buildV3Headers.js';
import { canonicalQuery } from './canonicalQuery.js';
import { sha256Hex } from './canonicalRequestV3.js';
import { signV3 } from './signV3.js';

interface V3Vector {
  id: string;
  kind: string;
  inputs: {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    body: string;
    access_key_id: string;
    access_key_secret: string;
  };
  expected: Record<
    | 'x_acs_content_sha256' | 'canonical_query' | 'signed_headers' | 'canonical_request'
    | 'hashed_canonical_request' | 'string_to_sign' | 'signature' | 'authorization',
    string
  >;
}

const fixture = new URL('../../fixtures/signature/vectors.json', import.meta.url);
const vectors = (JSON.parse(readFileSync(fixture, 'utf8')) as { vectors: V3Vector[] }).vectors.filter(
  (v) => v.kind === 'ACS3-HMAC-SHA256',
);

describe('signV3 against the signature vectors', () => {
  it('has V3 vectors to check', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(3);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const signed = signV3({
      method: v.inputs.method,
      path: v.inputs.path,
      query: Object.entries(v.inputs.query),
      headers: v.inputs.headers,
      body: v.inputs.body,
      accessKeyId: v.inputs.access_key_id,
      accessKeySecret: v.inputs.access_key_secret,
    });
    expect(canonicalQuery(Object.entries(v.inputs.query))).toBe(v.expected.canonical_query);
    expect(signed.headers['x-acs-content-sha256']).toBe(v.expected.x_acs_content_sha256);
    expect(signed.signedHeaders).toBe(v.expected.signed_headers);
    expect(signed.canonicalRequest).toBe(v.expected.canonical_request);
    expect(sha256Hex(signed.canonicalRequest)).toBe(v.expected.hashed_canonical_request);
    expect(signed.stringToSign).toBe(v.expected.string_to_sign);
    expect(signed.signature).toBe(v.expected.signature);
    expect(signed.headers.Authorization).toBe(v.expected.authorization);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s: the SDK computes the same Authorization', (_id, v) => {
    const headers = { ...v.inputs.headers, 'x-acs-content-sha256': v.expected.x_acs_content_sha256 };
    const request = { method: v.inputs.method, pathname: v.inputs.path, query: v.inputs.query, headers };
    const authorization = OpenApiUtil.getAuthorization(
      request as never,
      'ACS3-HMAC-SHA256',
      v.expected.x_acs_content_sha256,
      v.inputs.access_key_id,
      v.inputs.access_key_secret,
    );
    expect(authorization).toBe(v.expected.authorization);
  });
});

describe('signV3 details', () => {
  const base = {
    method: 'POST',
    path: '/',
    query: [['RegionId', 'cn-hangzhou']] as const,
    headers: buildV3Headers({ host: 'h', action: 'A', version: 'V', date: '2025-01-02T03:04:05Z', nonce: 'n' }),
    accessKeyId: 'id',
    accessKeySecret: 'secret',
  };

  it('hashes the body into x-acs-content-sha256 and the last canonical line', () => {
    const signed = signV3({ ...base, body: 'a=1' });
    expect(signed.headers['x-acs-content-sha256']).toBe(sha256Hex('a=1'));
    expect(signed.canonicalRequest.endsWith(`\n${sha256Hex('a=1')}`)).toBe(true);
    expect(signed.signature).not.toBe(signV3(base).signature);
  });

  it('signs content-type and x-acs-* headers in any case, trimmed, but not other headers', () => {
    const signed = signV3({
      ...base,
      headers: { ...base.headers, 'Content-Type': ' application/x-www-form-urlencoded ', 'X-Acs-Extra': 'e', accept: 'x' },
    });
    expect(signed.signedHeaders).toBe(
      'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-extra;x-acs-signature-nonce;x-acs-version',
    );
    expect(signed.canonicalRequest).toContain('\ncontent-type:application/x-www-form-urlencoded\n');
  });

  it('overrides a caller-supplied x-acs-content-sha256', () => {
    const signed = signV3({ ...base, headers: { ...base.headers, 'X-Acs-Content-Sha256': 'bogus' } });
    expect(signed.canonicalRequest).not.toContain('bogus');
    expect(signed.signature).toBe(signV3(base).signature);
  });

  it('buildV3Headers fills date, nonce and the security token', () => {
    const headers = buildV3Headers({ host: 'h', action: 'A', version: 'V', securityToken: 'tok' });
    expect(headers['x-acs-date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{32}$/);
    expect(headers['x-acs-security-token']).toBe('tok');
    expect(buildV3Headers({ host: 'h', action: 'A', version: 'V' })['x-acs-signature-nonce']).not.toBe(
      headers['x-acs-signature-nonce'],
    );
  });
});
