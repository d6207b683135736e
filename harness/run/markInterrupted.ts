import type { Plan } from '../plan/buildPlan.js';
import type { Report } from '../report/Report.js';
import type { NotRunTest } from './RuleCollector.js';

/**
 * After an interrupt: every rule a test of the run would have checked and none did is marked
 * `leftOut: interrupted`, with a reason that says how to finish the run (`run --resume DIR`);
 * what the finished tests decided stands.
 */
export function markInterrupted(report: Report, plan: Plan, notRun: readonly NotRunTest[], dir: string): void {
  const planned = new Set([...plan.checked, ...notRun.flatMap((t) => t.rules)]);
  for (const r of report.rules) {
    if (r.verdict !== 'not-covered' || r.leftOut || !planned.has(r.id)) continue;
    r.leftOut = 'interrupted';
    r.reason = `not checked: the run was interrupted before a test checked it (acs-conformance run --resume ${dir} checks it)`;
  }
}
