import type { TestRecord } from '../run/TestRecord.js';
import type { Plan } from './buildPlan.js';
import { traceCalls } from './Candidate.js';

/** One suite whose calls in a run differ from its plan's by more than the tolerance. */
export interface Drift { suite: string; planned: number; made: number; off: number }

/**
 * Where a run's calls per suite and the plan of the same run disagree by more than `tolerance` (a
 * share of the calls made): a suite planned and not run, run and not planned, or making other
 * calls than its recorded figures say. Polls are left out on both sides: their number is the
 * target's timing, which the plan models (RateClock.ts). None means the figures still describe
 * the suites.
 */
export function planDrift(plan: Pick<Plan, 'suites'>, tests: readonly Pick<TestRecord, 'suite' | 'trace'>[], tolerance = 0.1): Drift[] {
  const made = new Map<string, number>();
  for (const t of tests) made.set(t.suite, (made.get(t.suite) ?? 0) + traceCalls(t.trace));
  const suites = [...new Set([...plan.suites.map((s) => s.suite), ...made.keys()])].sort();
  const out: Drift[] = [];
  for (const suite of suites) {
    const p = plan.suites.find((s) => s.suite === suite);
    const planned = p ? p.callCount - p.polls : 0;
    const n = made.get(suite) ?? 0;
    const off = Math.abs(planned - n) / Math.max(1, n);
    if (off > tolerance) out.push({ suite, planned, made: n, off: Math.round(off * 1000) / 10 });
  }
  return out;
}
