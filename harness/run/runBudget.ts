import type { Spec } from '../../spec/index.js';
import type { Plan } from '../plan/buildPlan.js';
import { ruleTier } from '../plan/selectTests.js';
import type { Report, RunBudget, Share } from '../report/Report.js';
import type { TestRecord } from './TestRecord.js';
import { documentedCost } from './documentedCost.js';
import type { Profile } from '../targets/Profile.js';

/**
 * A budgeted run's account (report.json run.budget): its limits, what the plan chose, what its
 * tests spent in documented-rate time and creates, and how much of what the chosen suites can
 * check on the target the run checked (pass, fail, warn or known-gap).
 */
export function runBudget(spec: Spec, plan: Plan, report: Pick<Report, 'rules'>, tests: readonly TestRecord[], profile: Profile): RunBudget {
  const tier = ruleTier(spec);
  const inScope = new Set([...plan.checked, ...plan.leftOut.filter((l) => l.reason.startsWith('outside the budget')).map((l) => l.id)]);
  // Checked: an answer was compared with what the rule says (a rule no chosen test reached is skipped, not checked).
  const decided = (id: string) => ['pass', 'fail', 'warn', 'known-gap'].includes(report.rules.find((x) => x.id === id)?.verdict ?? '');
  const share = (ids: string[]): Share => ({ checked: ids.filter(decided).length, of: ids.length });
  const scope = spec.rules.filter((r) => inScope.has(r.id));
  const spent = documentedCost(spec, tests, profile);
  return {
    minutes: plan.budget?.minutes ?? null, maxCreates: plan.budget?.maxCreates ?? null,
    planned: { minutes: plan.total.minutes, creates: Object.values(plan.total.creates).reduce((a, b) => a + b, 0), calls: plan.total.callCount, tests: plan.total.runs, of: plan.total.tests },
    spent,
    coverage: {
      rules: share(scope.map((r) => r.id)),
      centralErrorCodes: share(scope.filter((r) => r.kind === 'error' && tier(r.id) === 1).map((r) => r.id)),
      quotaRules: share(scope.filter((r) => r.kind === 'quota').map((r) => r.id)),
    },
    leftOut: report.rules.filter((r) => r.leftOut === 'budget').length,
  };
}
