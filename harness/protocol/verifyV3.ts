import { timingSafeEqual } from 'node:crypto';
import { canonicalRequestV3, stringToSignV3 } from './canonicalRequestV3.js';
import type { DecodedRequest } from './decodeRequest.js';
import { parseAuthorization } from './parseAuthorization.js';
import { hmacSha256Hex } from './signV3.js';
import { parseTimestamp } from './timestamp.js';
import type { CredentialStore, SignatureCheck, VerifyFailed } from './verify.js';

/** Headers a V3 request must sign, so that replay and host checks mean something. */
const REQUIRED_SIGNED = ['host', 'x-acs-date', 'x-acs-signature-nonce'];

/**
 * Checks an ACS3-HMAC-SHA256 Authorization header. The canonical request is
 * rebuilt from the decoded query pairs (re-encoded, never the raw query
 * string), the headers the client listed in SignedHeaders, in its order, and
 * the SHA-256 of the body actually received. The SignedHeaders list must
 * cover host, x-acs-date and x-acs-signature-nonce, and every listed header
 * must be present. Does not look at the clock.
 */
export function verifyV3(
  request: DecodedRequest,
  authorization: string,
  credentials: CredentialStore,
): SignatureCheck | VerifyFailed {
  const auth = parseAuthorization(authorization);
  if (!auth) return { ok: false, reason: 'malformed-authorization' };
  const timestamp = request.headers['x-acs-date']?.trim() ?? '';
  const timestampMs = parseTimestamp(timestamp);
  if (timestampMs === undefined) return { ok: false, reason: 'missing-date' };
  const nonce = request.headers['x-acs-signature-nonce']?.trim() ?? '';
  if (nonce === '') return { ok: false, reason: 'missing-nonce' };

  const listed = new Set(auth.signedHeaders);
  const coversRequired = REQUIRED_SIGNED.every((name) => listed.has(name));
  const allPresent = auth.signedHeaders.every((name) => request.headers[name] !== undefined);
  if (!coversRequired || !allPresent) return { ok: false, reason: 'malformed-authorization' };

  const secret = credentials(auth.accessKeyId);
  if (secret === undefined) return { ok: false, reason: 'unknown-access-key' };

  const canonical = canonicalRequestV3({
    method: request.method,
    path: request.path,
    query: request.queryPairs,
    headers: request.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash: request.bodySha256,
  });
  const expected = Buffer.from(hmacSha256Hex(secret, stringToSignV3(canonical)), 'hex');
  const received = Buffer.from(auth.signature, 'hex');
  if (!timingSafeEqual(expected, received)) return { ok: false, reason: 'bad-signature' };
  return { ok: true, accessKeyId: auth.accessKeyId, nonce, timestamp, timestampMs };
}
