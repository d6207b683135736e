import type { Spec } from '../../spec/index.js';
import type { TargetTiming } from './targetTiming.js';
import { createCount, costMs, type Cost } from './RateClock.js';
import { traceCalls, type Candidate } from './Candidate.js';
import { playPicks, type Pick } from './playPicks.js';

/** A run's limits: documented-rate minutes and resources created. */
export interface Budget { minutes?: number; maxCreates?: number }

/**
 * The rules checked first: the documented error codes of the central operations and the quota
 * rules (tier 1); then every other rule (tier 2).
 */
export function ruleTier(spec: Spec): (ruleId: string) => 1 | 2 {
  const central = new Set(spec.operations.filter((o) => o.role === 'central').map((o) => `${o.product}.${o.operation}`));
  const tier = new Map(spec.rules.map((r) => [r.id, (r.kind === 'error' && r.operation && central.has(r.operation)) || r.kind === 'quota' ? 1 as const : 2 as const]));
  return (id) => tier.get(id) ?? 2;
}

/**
 * What a budget lets the run check, chosen in three passes, each only once the one before has
 * nothing left that fits: (1) tests checking each rule once until every tier-1 rule is covered,
 * (2) the same for every other rule, (3) only when every rule is covered, repetitions: a chosen
 * test in full (its other boundary values, more property runs: as many as fit), then tests whose
 * rules are covered already. In the
 * first two passes the next test is the one covering most uncovered rules per documented-rate
 * second; a test that does not fit is passed over (a smaller one may still fit). Without a limit
 * every test runs in full.
 */
export function selectTests(spec: Spec, all: readonly Candidate[], budget: Budget, timing: TargetTiming, requestedRuns: number): Map<Candidate, Pick> {
  const picks = new Map<Candidate, Pick>();
  const useful = all.filter((c) => c.covers.length > 0);
  if (budget.minutes === undefined && budget.maxCreates === undefined) {
    for (const c of useful) picks.set(c, { once: false, calls: fullCalls(c, requestedRuns) });
    return picks;
  }
  const limitMs = budget.minutes === undefined ? Infinity : budget.minutes * 60_000;
  const fits = (trial: Map<Candidate, Pick>): boolean => {
    const cost = playPicks(spec, all, trial, timing).total;
    return costMs(cost) <= limitMs && createCount(cost) <= (budget.maxCreates ?? Infinity);
  };
  const tryPick = (c: Candidate, p: Pick): boolean => {
    const trial = new Map(picks).set(c, p);
    if (!fits(trial)) return false;
    picks.set(c, p);
    return true;
  };
  const alone = new Map(useful.map((c) => [c, standalone(spec, c, timing)]));
  const tier = ruleTier(spec);
  const covered = new Set<string>();
  for (const level of [1, 2] as const) {
    const passedOver = new Set<Candidate>();
    for (;;) {
      let best: Candidate | undefined;
      let bestScore = 0;
      for (const c of useful) {
        if (picks.has(c) || passedOver.has(c)) continue;
        const fresh = c.covers.filter((id) => !covered.has(id) && tier(id) === level).length;
        if (!fresh) continue;
        const a = alone.get(c)!;
        // Per documented-rate ms; calls break ties among tests the rates do not slow down.
        const score = fresh / (costMs(a) + 50 * traceCalls(c.once) + 1);
        if (score > bestScore) { best = c; bestScore = score; }
      }
      if (!best) break;
      if (tryPick(best, { once: true, calls: traceCalls(best.once) })) best.covers.forEach((id) => covered.add(id));
      else passedOver.add(best);
    }
  }
  // Nothing is checked twice before everything has been checked once.
  if (useful.some((c) => c.covers.some((id) => !covered.has(id)))) return picks;
  // Repetitions: chosen tests in full (cheapest first; property runs as many as fit), then the others.
  const byCost = (list: Candidate[]) => list.sort((a, b) => costMs(alone.get(a)!) - costMs(alone.get(b)!) || traceCalls(a.full) - traceCalls(b.full));
  for (const c of byCost([...picks.keys()].filter((c) => fullCalls(c, requestedRuns) > traceCalls(c.once)))) {
    const full = fullCalls(c, requestedRuns);
    if (tryPick(c, { once: false, calls: full }) || c.runs === undefined) continue;
    // A property test: the largest prefix of its full trace that fits (each run one after another).
    let lo = traceCalls(c.once);
    let hi = full;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(new Map(picks).set(c, { once: false, calls: mid }))) lo = mid;
      else hi = mid;
    }
    if (lo > traceCalls(c.once)) picks.set(c, { once: false, calls: lo });
  }
  for (const c of byCost(useful.filter((c) => !picks.has(c)))) tryPick(c, { once: false, calls: fullCalls(c, requestedRuns) });
  return picks;
}

/** The calls of a test's full trace at `runs` property runs (the first ones, for fewer runs than recorded). */
export function fullCalls(c: Candidate, runs: number): number {
  const all = traceCalls(c.full);
  if (c.runs === undefined || runs >= c.runs) return all;
  const once = traceCalls(c.once);
  return Math.round(once + ((all - once) * (Math.max(1, runs) - 1)) / Math.max(1, c.runs - 1));
}

/** Property runs a prefix of `calls` calls of a test's full trace holds. */
export function runsIn(c: Candidate, calls: number): number | undefined {
  if (c.runs === undefined) return undefined;
  const once = traceCalls(c.once);
  const perRun = (traceCalls(c.full) - once) / Math.max(1, c.runs - 1);
  return perRun > 0 ? Math.max(1, Math.min(c.runs, 1 + Math.floor((calls - once) / perRun + 1e-9))) : c.runs;
}

function standalone(spec: Spec, c: Candidate, timing: TargetTiming): Cost {
  return playPicks(spec, [c], new Map([[c, { once: true, calls: traceCalls(c.once) }]]), timing).total;
}
