import { V3_ALGORITHM } from './canonicalRequestV3.js';

export interface V3Authorization {
  algorithm: typeof V3_ALGORITHM;
  accessKeyId: string;
  /** Lower-case header names in the order the client listed them. */
  signedHeaders: string[];
  /** Lower-case hex HMAC-SHA256. */
  signature: string;
}

const HEADER_NAME = /^[a-z0-9-]+$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const MAX_LENGTH = 8192;

/**
 * Parses `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b;c>,Signature=<hex>`.
 * Returns undefined when the value does not have exactly that shape: another
 * algorithm, a missing, repeated or unknown field, an empty or repeated
 * header name, an upper-case header name, or a signature that is not 64 hex
 * digits. Spaces after the commas are tolerated.
 */
export function parseAuthorization(value: string): V3Authorization | undefined {
  if (value.length > MAX_LENGTH) return undefined;
  const space = value.indexOf(' ');
  if (space < 0 || value.slice(0, space) !== V3_ALGORITHM) return undefined;
  const fields = new Map<string, string>();
  for (const part of value.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    const key = part.slice(0, eq).trim();
    if (fields.has(key)) return undefined;
    fields.set(key, part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const headerList = fields.get('SignedHeaders');
  const signature = fields.get('Signature')?.toLowerCase();
  if (fields.size !== 3 || !accessKeyId || !headerList || !signature) return undefined;
  if (/\s/.test(accessKeyId) || !HEX_SHA256.test(signature)) return undefined;
  const signedHeaders = headerList.split(';');
  const valid =
    signedHeaders.every((name) => HEADER_NAME.test(name)) &&
    new Set(signedHeaders).size === signedHeaders.length;
  if (!valid) return undefined;
  return { algorithm: V3_ALGORITHM, accessKeyId, signedHeaders, signature };
}
