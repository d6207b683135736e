import fc from 'fast-check';
import type { Pick } from './WorldCommand.js';

// The building blocks of the generated commands (singleCommands.ts) and intentions (intentions.ts).

/** One of the values, by weight. */
export const weighted = <T>(...choices: [T, number][]) => fc.oneof(...choices.map(([v, weight]) => ({ arbitrary: fc.constant(v), weight })));

/**
 * Mostly the first resource of a kind, so that successive commands meet on one resource. Picks do
 * not shrink: another index mostly picks another resource and loses the failure, and each
 * shrinking candidate costs a run on the target.
 */
const firstMostly = fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.nat(20), weight: 1 });

/** A pick of a resource by kind, the kinds weighted as given (a zero weight never picks it). */
export const pick = (live: number, shared: number, deleted: number, unknown: number, deprecated = 0): fc.Arbitrary<Pick> =>
  fc.noShrink(fc.record({ kind: weighted<Pick['kind']>(...([['live', live], ['shared', shared], ['deleted', deleted], ['unknown', unknown], ['deprecated', deprecated]] as [Pick['kind'], number][]).filter(([, w]) => w > 0)), index: firstMostly }));

/** The newest resource of a kind: what the step before an intention's step made or changed. */
export const newest = (kind: Pick['kind']): Pick => ({ kind, index: -1 });

/**
 * Mostly a few in a row; sometimes until refused (the quota), which 16 always reaches. Shrinking
 * a 16 tries one first: a failure that does not need the quota keeps a single call.
 */
export const burst = (few: number) =>
  fc.oneof({ withCrossShrink: true }, { arbitrary: fc.integer({ min: 1, max: few }), weight: 6 }, { arbitrary: fc.constant(16), weight: 1 });

/** Null (not given) half of the time. */
export const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: a, weight: 1 });
