import { createHash } from 'node:crypto';
import { canonicalQuery, type Pair } from './canonicalQuery.js';

/** The only V3 algorithm this harness signs and verifies. */
export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Lower-case hex SHA-256 of a body (a string is hashed as UTF-8). */
export function sha256Hex(data: Buffer | Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Headers a V3 signer includes: every header whose lower-cased name starts
 * with `x-acs-`, plus `host` and `content-type`. Returns lower-cased names,
 * sorted and de-duplicated.
 */
export function selectSignedHeaders(headers: Record<string, string>): string[] {
  const names = new Set<string>();
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('x-acs-') || lower === 'host' || lower === 'content-type') {
      names.add(lower);
    }
  }
  return [...names].sort();
}

/**
 * Value of one header for the canonical form: every header whose name matches
 * case-insensitively, trimmed, sorted and joined with ',' (what the SDK does
 * when a record holds the same name in two spellings). Undefined if absent.
 */
export function canonicalHeaderValue(headers: Record<string, string>, lowerName: string): string | undefined {
  const values = Object.keys(headers)
    .filter((name) => name.toLowerCase() === lowerName)
    .map((name) => (headers[name] ?? '').trim());
  return values.length === 0 ? undefined : values.sort().join(',');
}

export interface CanonicalRequestV3Input {
  method: string;
  path: string;
  query: Iterable<Pair>;
  headers: Record<string, string>;
  /** Lower-case header names, in the order they are to be signed. */
  signedHeaders: readonly string[];
  /** Hex SHA-256 of the body actually sent. */
  payloadHash: string;
}

/**
 * CanonicalRequest = METHOD \n PATH \n QUERY \n HEADERLINES \n SIGNEDHEADERS \n
 * PAYLOADHASH, where HEADERLINES holds one "name:value\n" per signed header
 * (so a blank line follows the last one). A signed header that is absent is
 * written with an empty value; verifiers reject that case before calling this.
 */
export function canonicalRequestV3(input: CanonicalRequestV3Input): string {
  const headerLines = input.signedHeaders
    .map((name) => `${name}:${canonicalHeaderValue(input.headers, name) ?? ''}\n`)
    .join('');
  return [
    input.method.toUpperCase(),
    input.path,
    canonicalQuery(input.query),
    headerLines,
    input.signedHeaders.join(';'),
    input.payloadHash,
  ].join('\n');
}

/** StringToSign = "ACS3-HMAC-SHA256\n" + hex(sha256(canonicalRequest)). */
export function stringToSignV3(canonicalRequest: string): string {
  return `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}
