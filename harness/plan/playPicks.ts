import type { Spec } from '../../spec/index.js';
import type { TargetTiming } from './targetTiming.js';
import type { Candidate } from './Candidate.js';
import { emptyCost, RateClock, type Cost } from './RateClock.js';

/** How a chosen test runs: checking each rule once (its first-pass trace) or in full (the first `calls` calls of its full trace). */
export interface Pick { once: boolean; calls: number }

/** Adds `b` into `a`. */
export function addCost(a: Cost, b: Cost): Cost {
  a.pacingMs += b.pacingMs;
  a.windowsMs += b.windowsMs;
  a.settleMs += b.settleMs;
  a.polls += b.polls;
  for (const [op, n] of Object.entries(b.calls)) a.calls[op] = (a.calls[op] ?? 0) + n;
  for (const [op, n] of Object.entries(b.creates)) a.creates[op] = (a.creates[op] ?? 0) + n;
  return a;
}

/**
 * The documented-rate cost of the chosen tests played in run order (the candidates' order) on
 * one clock, each suite's setup before its first chosen test and each describe block's before
 * the block's first: per test, per suite and in total.
 */
export function playPicks(spec: Spec, order: readonly Candidate[], picks: ReadonlyMap<Candidate, Pick>, timing: TargetTiming) {
  const clock = new RateClock(spec, timing);
  const perTest = new Map<Candidate, Cost>();
  const perSuite = new Map<string, Cost>();
  const total = emptyCost();
  const setUp = new Set<string>();
  const blocksSetUp = new Set<string>();
  for (const c of order) {
    const p = picks.get(c);
    if (!p) continue;
    // The suite's once-per-suite calls go to its first chosen test.
    const setup = setUp.has(c.suite) ? emptyCost() : clock.play(c.setup);
    setUp.add(c.suite);
    const block = `${c.suite}|${c.block}`;
    if (!blocksSetUp.has(block)) addCost(setup, clock.play(c.blockSetup));
    blocksSetUp.add(block);
    const cost = addCost(setup, p.once ? clock.play(c.once) : clock.play(c.full, p.calls));
    perTest.set(c, cost);
    addCost(perSuite.get(c.suite) ?? perSuite.set(c.suite, emptyCost()).get(c.suite)!, cost);
    addCost(total, cost);
  }
  return { perTest, perSuite, total };
}
