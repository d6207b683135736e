import type { Report } from './Report.js';

/** Rules the run did not check because it was interrupted, or left out for its budget. */
export function leftOutCounts(report: Pick<Report, 'rules'>): { interrupted: number; budget: number } {
  return {
    interrupted: report.rules.filter((r) => r.leftOut === 'interrupted').length,
    budget: report.rules.filter((r) => r.leftOut === 'budget').length,
  };
}

/** The warning a report of an interrupted run opens with, in words. */
export function interruptedNotice(report: Pick<Report, 'run' | 'rules'>, location: string): string | undefined {
  if (!report.run.interrupted) return undefined;
  const n = leftOutCounts(report).interrupted;
  return `Interrupted: this run is incomplete. The verdicts of the tests that finished are kept; ${n} rule${n === 1 ? ' was' : 's were'} not checked (acs-conformance run --resume ${location} checks only those).`;
}

/** What a budgeted run covered, in words (undefined without a budget). */
export function budgetLine(report: Pick<Report, 'run'>): string | undefined {
  const b = report.run.budget;
  if (!b) return undefined;
  const limits = [b.minutes !== null && `${b.minutes} documented-rate minutes`, b.maxCreates !== null && `${b.maxCreates} creates`].filter(Boolean).join(' and ');
  const c = b.coverage;
  return `Budget ${limits}: covered ${c.rules.checked} of ${c.rules.of} rules this target can check (${Math.round((100 * c.rules.checked) / Math.max(1, c.rules.of))} %), central error codes ${c.centralErrorCodes.checked}/${c.centralErrorCodes.of}, quota rules ${c.quotaRules.checked}/${c.quotaRules.of}; ${b.leftOut} rules skipped outside the budget. Spent ${b.spent.minutes} documented-rate minutes, ${b.spent.creates} creates, ${b.spent.calls} calls (planned ${b.planned.minutes} min, ${b.planned.creates} creates, ${b.planned.calls} calls, ${b.planned.tests} of ${b.planned.of} tests).`;
}
