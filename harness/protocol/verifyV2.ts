import { timingSafeEqual } from 'node:crypto';
import type { DecodedRequest } from './decodeRequest.js';
import { signV2 } from './signV2.js';
import { parseTimestamp } from './timestamp.js';
import type { CredentialStore, SignatureCheck, VerifyFailed } from './verify.js';

/**
 * Checks a V2 (HMAC-SHA1) Signature parameter. Every decoded query and form
 * parameter except Signature is signed, re-encoded from its decoded form.
 * SignatureMethod must be HMAC-SHA1, SignatureVersion 1.0 and AccessKeyId
 * non-empty, else the request is malformed. Does not look at the clock.
 */
export function verifyV2(
  request: DecodedRequest,
  signature: string,
  credentials: CredentialStore,
): SignatureCheck | VerifyFailed {
  const params = new Map([...request.queryPairs, ...request.formPairs]);
  const accessKeyId = params.get('AccessKeyId') ?? '';
  const wellFormed =
    accessKeyId !== '' &&
    params.get('SignatureMethod') === 'HMAC-SHA1' &&
    params.get('SignatureVersion') === '1.0';
  if (!wellFormed) return { ok: false, reason: 'malformed-authorization' };

  const timestamp = params.get('Timestamp') ?? '';
  const timestampMs = parseTimestamp(timestamp);
  if (timestampMs === undefined) return { ok: false, reason: 'missing-date' };
  const nonce = params.get('SignatureNonce') ?? '';
  if (nonce === '') return { ok: false, reason: 'missing-nonce' };

  const secret = credentials(accessKeyId);
  if (secret === undefined) return { ok: false, reason: 'unknown-access-key' };

  // Compare the base64 text itself: Buffer's base64 decoder skips stray characters.
  const expected = Buffer.from(signV2({ method: request.method, params, accessKeySecret: secret }).signature);
  const received = Buffer.from(signature);
  const matches = received.length === expected.length && timingSafeEqual(expected, received);
  if (!matches) return { ok: false, reason: 'bad-signature' };
  return { ok: true, accessKeyId, nonce, timestamp, timestampMs };
}
