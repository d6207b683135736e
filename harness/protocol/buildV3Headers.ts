import { randomBytes } from 'node:crypto';
import { formatTimestamp } from './timestamp.js';

export interface V3HeaderInput {
  /** Endpoint host as sent in the Host header, with the port if not default. */
  host: string;
  action: string;
  version: string;
  /** x-acs-date; defaults to now, formatted yyyy-MM-ddTHH:mm:ssZ. */
  date?: string;
  /** x-acs-signature-nonce; defaults to 32 random hex digits. */
  nonce?: string;
  /** STS token, sent as x-acs-security-token when given. */
  securityToken?: string;
}

/**
 * The common headers of a V3 RPC request (before signing). Pass the result,
 * plus any content-type, to signV3 and send both sets of headers.
 */
export function buildV3Headers(input: V3HeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': input.date ?? formatTimestamp(),
    'x-acs-signature-nonce': input.nonce ?? randomBytes(16).toString('hex'),
  };
  if (input.securityToken !== undefined && input.securityToken !== '') {
    headers['x-acs-security-token'] = input.securityToken;
  }
  return headers;
}
