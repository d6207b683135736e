import { describe, expect, it } from 'vitest';
import { canonicalQuery } from './canonicalQuery.js';
import { encode } from './encode.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';

describe('encode', () => {
  it('leaves only unreserved characters literal', () => {
    expect(encode("AZaz09-_.~ !'()*+/:=&%名")).toBe('AZaz09-_.~%20%21%27%28%29%2A%2B%2F%3A%3D%26%25%E5%90%8D');
  });

  it('escapes every printable ASCII character outside A-Z a-z 0-9 - _ . ~', () => {
    for (let code = 0x20; code < 0x7f; code++) {
      const c = String.fromCharCode(code);
      const expected = /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
      expect(encode(c)).toBe(expected);
    }
  });

  it('throws on a lone surrogate', () => {
    expect(() => encode('\uD800')).toThrow(URIError);
  });
});

describe('canonicalQuery', () => {
  it('sorts by name in code-unit order and encodes names and values', () => {
    expect(canonicalQuery([['b', '2'], ['a b', 'x*'], ['B', '1'], ['a', ''], ['Tag.10.Key', 'k'], ['Tag.2.Key', 'j']])).toBe(
      'B=1&Tag.10.Key=k&Tag.2.Key=j&a=&a%20b=x%2A&b=2',
    );
  });

  it('orders repeated names by value and handles no pairs', () => {
    expect(canonicalQuery([['a', '2'], ['a', '1']])).toBe('a=1&a=2');
    expect(canonicalQuery([])).toBe('');
  });
});

describe('timestamp', () => {
  it('formats to whole seconds in UTC', () => {
    expect(formatTimestamp(Date.UTC(2025, 0, 2, 3, 4, 5, 678))).toBe('2025-01-02T03:04:05Z');
  });

  it('parses the wire form, with optional fractions, and rejects anything else', () => {
    expect(parseTimestamp('2025-01-02T03:04:05Z')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
    expect(parseTimestamp('2025-01-02T03:04:05.5Z')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5, 500));
    for (const bad of ['', '2025-01-02 03:04:05Z', '2025-01-02T03:04:05', '2025-01-02T03:04:05+08:00', '2025-02-30T00:00:00Z', '2025-01-02T24:00:00Z', 'Thu, 02 Jan 2025 03:04:05 GMT']) {
      expect(parseTimestamp(bad)).toBeUndefined();
    }
  });
});
