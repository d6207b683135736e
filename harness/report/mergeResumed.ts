import type { Spec } from '../../spec/index.js';
import { worst } from '../verdicts/Verdict.js';
import { summarize } from './buildReport.js';
import type { Report, ReportRule } from './Report.js';

/** A rule some test decided: not left out by the run (its budget, an interrupt), not uncovered. */
const decided = (r: ReportRule | undefined): r is ReportRule => r !== undefined && r.verdict !== 'not-covered' && r.leftOut === undefined;
/** A verdict the run resumed could not reach (its test died or met a tool error) gives way to one reached now. */
const settled = (r: ReportRule) => r.verdict !== 'unknown';

/**
 * The report of a resumed run (`run --resume DIR`): the earlier run's verdicts with the new one's.
 * Per rule, what a test decided wins over what a run left out; decided in both, the worse verdict
 * (with its evidence), except that an earlier `unknown` gives way to a verdict reached now (the
 * test that could not decide it ran again). Tests, calls and time accounts add up; the run is the
 * new one, resuming the earlier (and what that one resumed).
 */
export function mergeResumed(spec: Spec, earlier: Report, now: Report): Report {
  const before = new Map(earlier.rules.map((r) => [r.id, r]));
  const rules = now.rules.map((r) => {
    const old = before.get(r.id);
    if (decided(old) && decided(r)) {
      if (!settled(old) && settled(r)) return r;
      return worst(old.verdict, r.verdict) === old.verdict && old.verdict !== r.verdict ? old : r;
    }
    return decided(old) ? old : r;
  });
  // A test that died in the earlier run and ran again now is this run's.
  const again = new Set((now.run.tests ?? []).map((t) => `${t.suite}\n${t.test}`));
  const calls: Record<string, Record<string, number>> = {};
  for (const source of [earlier.run.calls ?? {}, now.run.calls ?? {}]) {
    for (const [suite, ops] of Object.entries(source)) for (const [op, n] of Object.entries(ops)) (calls[suite] ??= {})[op] = (calls[suite]![op] ?? 0) + n;
  }
  return {
    ...now,
    run: {
      ...now.run, startedAt: earlier.run.startedAt < now.run.startedAt ? earlier.run.startedAt : now.run.startedAt,
      durationMs: (earlier.run.durationMs ?? 0) + now.run.durationMs,
      resumedFrom: [...(earlier.run.resumedFrom ?? []), earlier.run.id],
      suites: [...new Set([...earlier.run.suites, ...now.run.suites])],
      calls, tests: [...(earlier.run.tests ?? []).filter((t) => !t.died || !again.has(`${t.suite}\n${t.test}`)), ...(now.run.tests ?? [])],
      ...(now.run.documentedMinutes !== undefined && { documentedMinutes: Math.round(((earlier.run.documentedMinutes ?? 0) + now.run.documentedMinutes) * 10) / 10 }),
      timing: { suites: { ...(earlier.run.timing?.suites ?? {}), ...(now.run.timing?.suites ?? {}) } },
    },
    summary: summarize(spec, rules, earlier.summary.toolErrors + now.summary.toolErrors),
    rules,
    observations: [...earlier.observations, ...now.observations],
  };
}
