import { describe, expect, it } from 'vitest';
import { createNonceCache } from './nonceCache.js';

const MIN = 60_000;

describe('createNonceCache', () => {
  it('reports a repeat within the window and forgets it after', () => {
    const cache = createNonceCache({ windowMs: 30 * MIN });
    expect(cache.seen('a', 0)).toBe(false);
    expect(cache.seen('a', 30 * MIN - 1)).toBe(true);
    expect(cache.seen('a', 30 * MIN)).toBe(false);
    expect(cache.seen('a', 30 * MIN + 1)).toBe(true);
  });

  it('does not extend an entry on a repeat', () => {
    const cache = createNonceCache({ windowMs: 10 });
    cache.seen('a', 0);
    expect(cache.seen('a', 9)).toBe(true);
    expect(cache.seen('a', 10)).toBe(false);
  });

  it('defaults to a 30-minute memory', () => {
    const cache = createNonceCache();
    cache.seen('a', 0);
    expect(cache.seen('a', 30 * MIN - 1)).toBe(true);
    expect(cache.seen('b', 30 * MIN)).toBe(false);
    expect(cache.size).toBe(1);
  });

  it('evicts expired entries as time passes, keeping size bounded by the window', () => {
    const cache = createNonceCache({ windowMs: 100 });
    for (let t = 0; t < 10_000; t++) cache.seen(`n${t}`, t);
    expect(cache.size).toBe(100);
    expect(cache.seen('n9950', 10_000)).toBe(true);
    expect(cache.seen('n9899', 10_000)).toBe(false);
  });

  it('drops the oldest entry when full', () => {
    const cache = createNonceCache({ windowMs: 1000, maxEntries: 3 });
    for (const n of ['a', 'b', 'c', 'd']) cache.seen(n, 0);
    expect(cache.size).toBe(3);
    expect(cache.seen('b', 1)).toBe(true);
    expect(cache.seen('a', 1)).toBe(false);
  });

  it('clamps a clock that steps backwards', () => {
    const cache = createNonceCache({ windowMs: 100 });
    cache.seen('a', 1000);
    cache.seen('b', 500);
    expect(cache.seen('b', 1099)).toBe(true);
    expect(cache.seen('a', 1100)).toBe(false);
    expect(() => cache.seen('c', Number.NaN)).toThrow(RangeError);
  });

  it('handles a million nonces in amortised constant time', () => {
    const cache = createNonceCache({ windowMs: 1000, maxEntries: 50_000 });
    const started = performance.now();
    for (let i = 0; i < 1_000_000; i++) cache.seen(`n${i}`, Math.floor(i / 10));
    expect(cache.size).toBeLessThanOrEqual(10_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
