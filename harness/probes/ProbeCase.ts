import type { Constraint } from '../../spec/index.js';

/**
 * A probe value as the client sends it: a string or number for a simple parameter, the wire string
 * of a JSON-array parameter, a list for a repeat list, an object for a flat parameter; `undefined`
 * leaves the parameter out.
 */
export type ProbeValue = string | number | boolean | undefined | readonly ProbeItem[] | { readonly [field: string]: string | number };
export type ProbeItem = string | number | { readonly [field: string]: string | number };

/** One boundary probe of one constraint, labelled valid or invalid (the label agrees with the schema). */
export interface ProbeCase {
  constraint: Constraint;
  field?: string;
  valid: boolean;
  value: ProbeValue;
  /** The probe in words: `a value of exactly 128 characters`. */
  label: string;
}

/** What the generator needs beyond the spec: a valid string to build on and the items of lists. */
export interface ProbeOptions {
  /** Seed of the randomly drawn probes (fast-check); the same seed gives the same probes. */
  seed?: number;
  /** A valid value of the string being probed (a unique name, say); default: the hints' first valid example. */
  base?: string;
  /** Item `i` (0-based) of a list of the parameter; default: built from the schema and the hints. */
  item?: (i: number) => ProbeItem;
  /** The parameter value that carries `v` in `field`; default: one item (item 0 with the field set), or `{ field: v }`. */
  place?: (field: string, v: string | number) => ProbeValue;
}
