import type { Pair } from './canonicalQuery.js';

export type UrlEncodedFailure = 'bad-percent-encoding' | 'invalid-utf8' | 'empty-name' | 'too-large';

export type UrlEncodedResult =
  | { ok: true; pairs: Pair[] }
  | { ok: false; reason: UrlEncodedFailure; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

type Component = { ok: true; text: string } | { ok: false; reason: UrlEncodedFailure };

/** Percent-decodes one byte-string component ('+' is a space), then UTF-8 decodes it strictly. */
function decodeComponent(raw: string): Component {
  const bytes = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x25) {
      const hi = hexValue(raw.charCodeAt(i + 1));
      const lo = hexValue(raw.charCodeAt(i + 2));
      if (hi < 0 || lo < 0) return { ok: false, reason: 'bad-percent-encoding' };
      bytes[n++] = hi * 16 + lo;
      i += 2;
    } else {
      bytes[n++] = code === 0x2b ? 0x20 : code;
    }
  }
  try {
    return { ok: true, text: utf8.decode(bytes.subarray(0, n)) };
  } catch {
    return { ok: false, reason: 'invalid-utf8' };
  }
}

/**
 * Parses `name=value&name=value` in application/x-www-form-urlencoded style.
 * The input is a byte string (one char per byte, codes 0-255): an ASCII query
 * string, or a body read as latin1. '%XX' must have two hex digits, '+' means
 * a space, and the decoded bytes must be valid UTF-8 (a leading BOM is kept).
 * Empty segments (`a=1&&b=2`) are skipped; `name` without '=' has value ''.
 * Failure details name the parameter by position or name, never by value.
 */
export function parseUrlEncoded(bytes: string, maxPairs: number): UrlEncodedResult {
  const pairs: Pair[] = [];
  if (bytes === '') return { ok: true, pairs };
  const segments = bytes.split('&');
  for (const [index, segment] of segments.entries()) {
    if (segment === '') continue;
    if (pairs.length >= maxPairs) {
      return { ok: false, reason: 'too-large', detail: `more than ${maxPairs} parameters` };
    }
    const eq = segment.indexOf('=');
    const name = decodeComponent(eq < 0 ? segment : segment.slice(0, eq));
    if (!name.ok) return { ok: false, reason: name.reason, detail: `name of parameter #${index + 1}` };
    if (name.text === '') return { ok: false, reason: 'empty-name', detail: `parameter #${index + 1}` };
    const value = decodeComponent(eq < 0 ? '' : segment.slice(eq + 1));
    if (!value.ok) return { ok: false, reason: value.reason, detail: `value of ${name.text.slice(0, 64)}` };
    pairs.push([name.text, value.text]);
  }
  return { ok: true, pairs };
}
