import { VERDICTS, type Verdict } from '../verdicts/Verdict.js';
import { markdown as md } from './markdown.js';
import type { CodeCounts, Report, ReportRule } from './Report.js';
import { trafficMarkdown } from './trafficSection.js';
import { topSuites } from '../run/suiteTime.js';
import { budgetLine, interruptedNotice } from './runState.js';

export interface SummaryOptions {
  /** Where the run's report folder is, as the reader should see it (default `reports/<runId>`). */
  location?: string;
  /** Longest list of failures before "… and N more" (default 20). */
  maxFailures?: number;
}

const MEANING: Record<Verdict, string> = {
  pass: 'checked and as documented', fail: 'a documented rule violated', warn: 'an inferred rule violated',
  unknown: 'indeterminate (timed out, throttled, ambiguous)', skipped: 'not testable on this target',
  'not-covered': 'no test exercised it', 'known-gap': 'failure listed in the baseline',
};

const codeRow = (label: string, c: CodeCounts) => `| ${label} | ${c.documented} | ${c.verified} | ${c.failed} | ${c.unreached} | ${c.untestable} |`;

/** A list cut to `max` entries, with a closing "… and N more" line when cut. */
function capped<T>(items: T[], max: number, line: (item: T) => string, more: string): string[] {
  const out = items.slice(0, max).map(line);
  if (items.length > max) out.push(`… and ${items.length - max} more ${more}`);
  return out;
}

const failureRow = (r: ReportRule) =>
  `| ${md.code(r.id, 120)} | ${md.text(r.evidence?.documented ?? '—', 140)} | ${md.text(r.evidence?.received ?? r.reason, 140)} | ${r.repro ? md.code(r.repro.replay, 160) : '—'} |`;

/**
 * The run in a form that fits a CI step summary (`$GITHUB_STEP_SUMMARY`): verdict counts, error
 * code and quota coverage, the failures (cut with "… and N more"), and where the full report is.
 * Stays under about 150 lines whatever the number of failures.
 */
export function summaryMarkdown(report: Report, options: SummaryOptions = {}): string {
  const { run, summary } = report;
  const location = options.location ?? `reports/${run.id}`;
  const max = options.maxFailures ?? 20;
  const of = (v: Verdict) => report.rules.filter((r) => r.verdict === v);
  const notes = report.observations;
  const interrupted = interruptedNotice(report, location);
  const budget = budgetLine(report);
  const lines = [
    `# Conformance: ${md.text(run.target.label)} — run ${md.code(run.id)}`,
    '',
    ...(interrupted ? [`> **${md.text(interrupted, 400)}**`, ''] : []),
    summary.newFailures > 0 ? `**${summary.newFailures} new failure${summary.newFailures === 1 ? '' : 's'}**${interrupted ? ' (in the checks that finished)' : ''}`
      : interrupted ? '**No new failures in the checks that finished**' : '**No new failures**',
    '',
    ...(budget ? [md.text(budget, 600), ''] : []),
    ...(run.resumedFrom?.length ? [`Resumes ${run.resumedFrom.map((id) => md.code(id)).join(', ')}: their verdicts are merged in.`, ''] : []),
    `Target ${md.code(run.target.kind)} (profile ${md.text(run.target.profile)}, region ${md.text(run.target.region)}), seed ${md.code(String(run.seed))}, ${run.runs} runs per property, ${(run.durationMs / 1000).toFixed(1)} s${run.shard ? `, shard ${run.shard}` : ''}${run.deviations.length ? `, deviations: ${run.deviations.map((d) => md.code(d)).join(', ')}` : ''}.`,
    '',
    '| verdict | rules | meaning |', '|---|---:|---|',
    ...VERDICTS.map((v) => `| ${v} | ${summary.verdicts[v]} | ${MEANING[v]} |`),
    `| **total** | **${summary.rules}** | |`,
    '',
    '## Error codes and quotas', '',
    '| | documented | verified | failed | unreached | untestable |', '|---|---:|---:|---:|---:|---:|',
    codeRow('error codes, central operations', summary.errorCodesCentral),
    codeRow('error codes, all operations', summary.errorCodes),
    codeRow('quota rules', summary.quotaRules),
  ];
  const timing = run.timing?.suites;
  if (timing && Object.keys(timing).length) lines.push('', '## Where the time went', '', ...topSuites(timing).map((l) => `- ${md.text(l, 300)}`));
  if (report.traffic) lines.push(...trafficMarkdown(report.traffic));
  const fails = of('fail');
  if (fails.length) lines.push('', `## Failures (${fails.length})`, '', '| rule | documented | received | replay |', '|---|---|---|---|', ...capped(fails, max, failureRow, 'failures (see gaps.md)'));
  const warns = of('warn');
  if (warns.length) lines.push('', `## Warnings: inferred rules violated (${warns.length})`, '', ...capped(warns, 10, (r) => `- ${md.code(r.id, 120)}: ${md.text(r.reason, 200)}`, 'warnings (see gaps.md)'));
  const gaps = of('known-gap');
  if (gaps.length) lines.push('', `## Known gaps (${gaps.length}, from the baseline)`, '', ...capped(gaps, 10, (r) => `- ${md.code(r.id, 120)}: ${md.text(r.baseline?.reason ?? r.reason, 200)}`, 'known gaps'));
  if (notes.length) lines.push('', `## Observations (${notes.length})`, '', ...capped(notes, 10, (o) => `- ${o.kind}${o.ruleId ? ` ${md.code(o.ruleId, 120)}` : ''}: ${md.text(o.detail, 200)}`, 'observations (see report.json)'));
  lines.push('', `Full report: ${md.code(`${location}/index.html`)} (also ${['report.json', 'junit.xml', 'gaps.md', 'cases/'].map((f) => md.code(f)).join(', ')} in ${md.code(location)}).`, '');
  return lines.join('\n');
}
