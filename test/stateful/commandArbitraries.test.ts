import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burst } from '../../suites/stateful/commandArbitraries.js';
import { untilRefused } from '../../suites/stateful/untilRefused.js';

// The building blocks of the stateful generator.
describe('stateful command arbitraries', () => {
  it('shrink a burst of 16 creates to the fewest the failure needs', () => {
    // A seed whose first draw is 16: the failure needs only two.
    const shrunk = (seed: number) => {
      let first: number | undefined;
      const r = fc.check(fc.property(burst(3), (n) => { first ??= n; return n < 2; }), { seed, numRuns: 1 });
      return first === 16 ? r.counterexample : undefined;
    };
    const seed = Array.from({ length: 200 }, (_, i) => i).find((s) => shrunk(s) !== undefined)!;
    expect(shrunk(seed)).toEqual([2]);
  });

  it('fill until refused always, and shrink to the fewest the failure needs', () => {
    expect(new Set(fc.sample(untilRefused(), { numRuns: 50, seed: 5 }))).toEqual(new Set([16]));
    const r = fc.check(fc.property(untilRefused(), (n) => n < 1), { seed: 5, numRuns: 1 });
    expect(r.counterexample).toEqual([1]);
  });
});
