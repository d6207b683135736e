import { OUTSIDE_BUDGET, type Plan } from '../plan/buildPlan.js';
import type { Observation } from '../verdicts/Verdict.js';

import type { NotRunTest } from './RuleCollector.js';

/**
 * The verdicts of the rules a budgeted run left out, for every rule no test of the run observed:
 * `skipped` "outside the budget" (or, past a real-speed budget's deadline, that the time ran out),
 * or the reason the plan gives why no test can check it on this target. A rule no chosen suite
 * checks gets nothing (it stays not-covered).
 */
export function leftOutObservations(plan: Plan, notRun: readonly NotRunTest[], observed: ReadonlySet<string>): Observation[] {
  const out = new Map<string, Observation>();
  const budget = plan.budget?.minutes !== undefined ? `${plan.budget.minutes} documented-rate minutes` : '';
  const creates = plan.budget?.maxCreates !== undefined ? `${plan.budget.maxCreates} creates` : '';
  const limit = [budget, creates].filter(Boolean).join(' and ');
  for (const t of notRun) {
    if (!t.pastDeadline) continue;
    for (const ruleId of t.rules) {
      if (!observed.has(ruleId)) out.set(ruleId, { ruleId, verdict: 'skipped', leftOut: 'budget', suite: t.suite, reason: `${OUTSIDE_BUDGET}: the ${limit} ran out before its test could end` });
    }
  }
  for (const { id, reason } of plan.leftOut) {
    if (observed.has(id) || out.has(id)) continue;
    if (reason === OUTSIDE_BUDGET) out.set(id, { ruleId: id, verdict: 'skipped', leftOut: 'budget', reason: `${OUTSIDE_BUDGET} (${limit}): checked by none of the tests chosen to fit it` });
    else if (!reason.startsWith('no test')) out.set(id, { ruleId: id, verdict: 'skipped', reason });
  }
  return [...out.values()];
}
