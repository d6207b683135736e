import { createHmac } from 'node:crypto';
import type { Pair } from './canonicalQuery.js';
import {
  V3_ALGORITHM,
  canonicalRequestV3,
  selectSignedHeaders,
  sha256Hex,
  stringToSignV3,
} from './canonicalRequestV3.js';

export interface SignV3Input {
  method: string;
  /** URL path, '/' for RPC-style APIs. */
  path: string;
  /** Query parameters, decoded (encoding happens here). */
  query: Iterable<Pair>;
  /** Headers to be sent: host, x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce, ... */
  headers: Record<string, string>;
  /** Request body; empty when omitted. */
  body?: Buffer | Uint8Array | string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface SignV3Result {
  /** Headers to add to the request. */
  headers: { 'x-acs-content-sha256': string; Authorization: string };
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
}

/** Lower-case hex HMAC-SHA256 of a V3 string-to-sign. */
export function hmacSha256Hex(secret: string, stringToSign: string): string {
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}

/**
 * Signs a request with ACS3-HMAC-SHA256. The x-acs-content-sha256 header is
 * computed from the body (overriding any given value) and signed along with
 * every x-acs-* header, host and content-type.
 */
export function signV3(input: SignV3Input): SignV3Result {
  const payloadHash = sha256Hex(input.body ?? '');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) {
    if (name.toLowerCase() !== 'x-acs-content-sha256') headers[name] = value;
  }
  headers['x-acs-content-sha256'] = payloadHash;
  const signed = selectSignedHeaders(headers);
  const canonicalRequest = canonicalRequestV3({
    method: input.method,
    path: input.path,
    query: input.query,
    headers,
    signedHeaders: signed,
    payloadHash,
  });
  const stringToSign = stringToSignV3(canonicalRequest);
  const signature = hmacSha256Hex(input.accessKeySecret, stringToSign);
  const signedHeaders = signed.join(';');
  return {
    headers: {
      'x-acs-content-sha256': payloadHash,
      Authorization: `${V3_ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
    },
    canonicalRequest,
    stringToSign,
    signedHeaders,
    signature,
  };
}
