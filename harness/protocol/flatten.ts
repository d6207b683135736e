import type { Pair } from './canonicalQuery.js';

/** A structured parameter value, keyed by wire names (e.g. Tag, Key, Value). */
export type ParamValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | readonly ParamValue[]
  | { readonly [name: string]: ParamValue };

function flattenInto(out: Pair[], prefix: string, value: ParamValue): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    // Index i + 1 is consumed even when the item is null/undefined.
    value.forEach((item: ParamValue, i) => flattenInto(out, `${prefix}.${i + 1}`, item));
  } else if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) flattenInto(out, `${prefix}.${name}`, item);
  } else if (typeof value === 'string') {
    out.push([prefix, value]);
  } else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    out.push([prefix, String(value)]);
  } else {
    throw new TypeError(`flatten: unsupported ${typeof value} at ${prefix}`);
  }
}

/**
 * Turns structured parameters into wire pairs the way the official SDKs do
 * (OpenApiUtil.query): arrays become Name.1, Name.2, ... (1-based; a null or
 * undefined item is skipped but its index is still used), nested objects
 * become Name.Sub, booleans "true"/"false", numbers String(n); null and
 * undefined are omitted, as are empty arrays and objects. Pairs come out in
 * the object's key order, depth first. Names are not checked: a '.' inside a
 * name is passed through, as the SDK does.
 */
export function flatten(params: { readonly [name: string]: ParamValue }): Pair[] {
  const out: Pair[] = [];
  for (const [name, value] of Object.entries(params)) flattenInto(out, name, value);
  return out;
}
