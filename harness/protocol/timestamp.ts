/**
 * The wire timestamp used by x-acs-date (V3) and Timestamp (V2): ISO 8601 in
 * UTC with second precision, e.g. 2025-01-02T03:04:05Z.
 */
export function formatTimestamp(at: number | Date = Date.now()): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/**
 * Parses a wire timestamp to epoch milliseconds. Accepts
 * yyyy-MM-ddTHH:mm:ssZ with optional fractional seconds (up to 3 digits);
 * returns undefined for anything else, including impossible dates such as
 * 2025-02-30 or hour 24.
 */
export function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ];
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const back = new Date(ms);
  const consistent =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return consistent ? ms : undefined;
}
