import { randomUUID } from 'node:crypto';
import type { Pair } from './canonicalQuery.js';
import { formatTimestamp } from './timestamp.js';

export interface V2ParamInput {
  action: string;
  version: string;
  accessKeyId: string;
  /** Timestamp; defaults to now, formatted yyyy-MM-ddTHH:mm:ssZ. */
  timestamp?: string;
  /** SignatureNonce; defaults to a random UUID. */
  nonce?: string;
  /** STS token, sent as SecurityToken when given. */
  securityToken?: string;
}

/**
 * The V2 common parameters, in the order the Node SDK puts them on the wire:
 * Action, Format=json, Version, Timestamp, SignatureNonce, then (after the
 * operation's own parameters, which the caller appends) SecurityToken,
 * SignatureMethod=HMAC-SHA1, SignatureVersion=1.0 and AccessKeyId. Order does
 * not affect the signature.
 */
export function buildV2Params(input: V2ParamInput): Pair[] {
  const pairs: Pair[] = [
    ['Action', input.action],
    ['Format', 'json'],
    ['Version', input.version],
    ['Timestamp', input.timestamp ?? formatTimestamp()],
    ['SignatureNonce', input.nonce ?? randomUUID()],
  ];
  if (input.securityToken !== undefined && input.securityToken !== '') {
    pairs.push(['SecurityToken', input.securityToken]);
  }
  pairs.push(
    ['SignatureMethod', 'HMAC-SHA1'],
    ['SignatureVersion', '1.0'],
    ['AccessKeyId', input.accessKeyId],
  );
  return pairs;
}
