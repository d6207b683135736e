import type { DecodedRequest } from './decodeRequest.js';
import { verifyV2 } from './verifyV2.js';
import { verifyV3 } from './verifyV3.js';

/** Looks up the secret of an AccessKey id; undefined when the id is unknown. */
export type CredentialStore = (accessKeyId: string) => string | undefined;

export interface VerifyOptions {
  credentials: CredentialStore;
  /** Allowed clock skew either side of now, in ms. Default 15 minutes. */
  windowMs?: number;
  /** Clock in epoch ms. Default Date.now. */
  now?: () => number;
}

export type VerifyFailure =
  | 'missing-signature'
  | 'malformed-authorization'
  | 'unknown-access-key'
  | 'missing-date'
  | 'missing-nonce'
  | 'bad-signature'
  | 'stale-timestamp';

export type VerifyResult = (SignatureCheck & { version: 'v3' | 'v2' }) | VerifyFailed;

export interface VerifyFailed {
  ok: false;
  reason: VerifyFailure;
}

/** What a scheme-specific check hands back once the signature matched. */
export interface SignatureCheck {
  ok: true;
  accessKeyId: string;
  nonce: string;
  timestamp: string;
  timestampMs: number;
}

export const DEFAULT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Verifies the signature of a decoded request: V3 when it carries an
 * Authorization header, else V2 when it has a Signature parameter, else
 * missing-signature. Checks run in this order and the first failure is
 * reported: the signature metadata is well-formed (malformed-authorization),
 * a parseable timestamp is present (missing-date), a nonce is present
 * (missing-nonce), for V3 the SignedHeaders cover host, x-acs-date and
 * x-acs-signature-nonce and name only headers that were sent
 * (malformed-authorization), the AccessKey id is known (unknown-access-key),
 * the signature matches (bad-signature), and the timestamp lies within the
 * window around now, bounds included (stale-timestamp).
 * Nonce replay is not checked here; feed the nonce to a NonceCache.
 * Secrets never appear in the result.
 */
export function verify(request: DecodedRequest, options: VerifyOptions): VerifyResult {
  const info = request.signature;
  if (info.scheme === 'none') return { ok: false, reason: 'missing-signature' };
  const check =
    info.scheme === 'v3'
      ? verifyV3(request, info.authorization, options.credentials)
      : verifyV2(request, info.signature, options.credentials);
  if (!check.ok) return check;
  const now = (options.now ?? Date.now)();
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  if (Math.abs(now - check.timestampMs) > windowMs) return { ok: false, reason: 'stale-timestamp' };
  return { ...check, version: info.scheme };
}
