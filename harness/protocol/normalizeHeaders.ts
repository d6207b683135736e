/** Header values as node:http delivers them. */
export type RawHeaders = Record<string, string | string[] | undefined>;

/**
 * Lower-cases header names into a null-prototype record. Array values, and
 * names that differ only in case, are joined with ', ' (node:http's own
 * convention); undefined values are dropped. Also returns the total size of
 * names and values, for limit checks.
 */
export function normalizeHeaders(raw: RawHeaders): { headers: Record<string, string>; bytes: number } {
  const headers: Record<string, string> = Object.create(null);
  let bytes = 0;
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    const lower = name.toLowerCase();
    bytes += lower.length + text.length;
    headers[lower] = lower in headers ? `${headers[lower]}, ${text}` : text;
  }
  return { headers, bytes };
}
