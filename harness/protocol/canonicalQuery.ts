import { encode } from './encode.js';

/** One wire parameter: [name, value], both already decoded. */
export type Pair = readonly [name: string, value: string];

/** Orders strings by UTF-16 code units, the order of Array#sort's default. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Canonical query string shared by V3 (CanonicalQueryString) and V2
 * (CanonicalizedQueryString): pairs sorted by name in code-unit order, each
 * written as enc(name)=enc(value), joined with '&'. Repeated names (which the
 * SDKs never send) are ordered by value so the result stays deterministic.
 */
export function canonicalQuery(pairs: Iterable<Pair>): string {
  return [...pairs]
    .sort((a, b) => byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]))
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&');
}
