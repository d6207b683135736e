import type { Report } from './Report.js';

/** Rules the run did not check because it was interrupted. */
export function leftOutCounts(report: Pick<Report, 'rules'>): { interrupted: number } {
  return { interrupted: report.rules.filter((r) => r.leftOut === 'interrupted').length };
}

/** The warning a report of an interrupted run opens with, in words. */
export function interruptedNotice(report: Pick<Report, 'run' | 'rules'>, location: string): string | undefined {
  if (!report.run.interrupted) return undefined;
  const n = leftOutCounts(report).interrupted;
  return `Interrupted: this run is incomplete. The verdicts of the tests that finished are kept; ${n} rule${n === 1 ? ' was' : 's were'} not checked (acs-conformance run --resume ${location} checks only those).`;
}
