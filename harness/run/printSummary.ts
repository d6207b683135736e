import type { CodeCounts, Report } from '../report/Report.js';
import { topSuites } from './suiteTime.js';
import { budgetLine, interruptedNotice } from '../report/runState.js';

const codes = (c: CodeCounts) => `${c.verified}/${c.documented} verified, ${c.failed} failed, ${c.unreached} unreached, ${c.untestable} untestable`;

/** The short end-of-run summary: verdict counts, error-code and quota coverage, where the report is. */
export function printSummary(report: Report, dir: string, say: (line: string) => void): void {
  const v = report.summary.verdicts;
  say('');
  const interrupted = interruptedNotice(report, dir);
  if (interrupted) say(interrupted);
  const budget = budgetLine(report);
  if (budget) say(budget);
  say(`rules: ${report.summary.rules}  pass ${v.pass}  fail ${v.fail}  warn ${v.warn}  unknown ${v.unknown}  skipped ${v.skipped}  not-covered ${v['not-covered']}  known-gap ${v['known-gap']}`);
  say(`error codes of the central operations: ${codes(report.summary.errorCodesCentral)}`);
  say(`error codes of all operations:         ${codes(report.summary.errorCodes)}`);
  say(`quota rules:                           ${codes(report.summary.quotaRules)}`);
  if (report.run.documentedMinutes !== undefined) {
    say(`documented-rate time: these tests take ${report.run.documentedMinutes} min at the documented rates, with the profile's create times (what --budget-minutes counts; on the real cloud about wall time)`);
  }
  const timing = report.run.timing?.suites;
  if (timing && Object.keys(timing).length) {
    say(`time: ${(report.run.durationMs / 1000).toFixed(1)} s in all; the longest suites:`);
    for (const line of topSuites(timing)) say(`  ${line}`);
  }
  if (report.summary.toolErrors) say(`tool errors: ${report.summary.toolErrors} (see report.json observations)`);
  for (const r of report.rules.filter((x) => x.verdict === 'fail').slice(0, 10)) say(`FAIL ${r.id}: ${r.reason}`);
  say(`report: ${dir}/index.html (also report.json, junit.xml, summary.md, gaps.md)`);
}
