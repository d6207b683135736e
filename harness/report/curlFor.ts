import { encode } from '../protocol/index.js';
import type { Exchange } from '../verdicts/Verdict.js';

const VERSIONS: Record<string, string> = { swas: '2020-06-01', ecs: '2014-05-26' };
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A curl command that shows the exact request. The signature is not in it (it would need the
 * secret and expires in minutes): `acs-conformance replay` re-signs and re-sends it.
 */
export function curlFor(endpoint: string, e: Exchange): string {
  const query = Object.entries(e.params).map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
  return `curl -X POST ${q(`${endpoint.replace(/\/$/, '')}/?${query}`)} -H ${q(`x-acs-action: ${e.action}`)} -H ${q(`x-acs-version: ${VERSIONS[e.product] ?? ''}`)} -H 'Authorization: <ACS3-HMAC-SHA256 signature: use acs-conformance replay>'`;
}
