/** Structural equality of JSON-like results (key order of objects matters; models build them in one order). */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
