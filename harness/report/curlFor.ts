import { getSpec } from '../../spec/index.js';
import { encode } from '../protocol/index.js';
import type { Exchange } from '../verdicts/Verdict.js';

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A curl command that shows the exact request. The signature is not in it (it would need the
 * secret and expires in minutes): `acs-conformance replay` re-signs and re-sends it.
 */
export function curlFor(endpoint: string, e: Exchange): string {
  const query = Object.entries(e.params).map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
  return `curl -X POST ${q(`${endpoint.replace(/\/$/, '')}/?${query}`)} -H ${q(`x-acs-action: ${e.action}`)} -H ${q(`x-acs-version: ${getSpec().products[e.product as 'swas' | 'ecs']?.version ?? ''}`)} -H 'Authorization: <ACS3-HMAC-SHA256 signature: use acs-conformance replay>'`;
}
