import type { OperationSpec } from '../../spec/index.js';
import type { Verdict } from '../verdicts/Verdict.js';
import { formatExchange } from './formatExchange.js';
import { markdown as md } from './markdown.js';
import { operationGroups } from './operationGroups.js';
import type { Report, ReportRule } from './Report.js';

const GAPS: Verdict[] = ['fail', 'warn', 'known-gap', 'unknown'];
const LABEL: Partial<Record<Verdict, string>> = { fail: 'FAIL', warn: 'WARN (inferred rule)', 'known-gap': 'KNOWN GAP', unknown: 'UNKNOWN' };

function entry(r: ReportRule): string[] {
  const lines = [`### ${md.code(r.id, 200)} — ${LABEL[r.verdict] ?? r.verdict}`, '', md.text(r.statement, 2000), ''];
  if (r.evidence?.documented !== undefined) lines.push(`- **documented:** ${md.text(r.evidence.documented, 2000)}`);
  if (r.evidence?.received !== undefined) lines.push(`- **received:** ${md.text(r.evidence.received, 2000)}`);
  lines.push(`- **reason:** ${md.text(r.reason, 2000)}`);
  lines.push(`- **rule:** ${r.kind}, ${r.basis}${r.errorCode ? `, code ${md.code(r.errorCode)}` : ''}${r.httpStatus ? `, HTTP ${r.httpStatus}` : ''}`);
  if (r.baseline) lines.push(`- **baseline:** ${md.text(r.baseline.reason)}${r.baseline.link ? ` (${md.code(r.baseline.link)})` : ''}${r.baseline.expires ? `, until ${r.baseline.expires}` : ''}`);
  if (r.repro) lines.push(`- **replay:** ${md.code(r.repro.replay, 1000)}`);
  const first = r.evidence?.exchanges[0];
  if (first) {
    const more = (r.evidence?.exchanges.length ?? 1) - 1;
    lines.push('', `Evidence (first of ${more + 1} exchange${more ? 's' : ''}${more ? '; all of them in report.json' : ''}):`, '', md.fence(formatExchange(first)));
  }
  if (r.repro) lines.push('', md.fence(r.repro.curl, 'sh'));
  lines.push('');
  return lines;
}

/**
 * "Documented vs observed": every fail, warn, known-gap and unknown rule grouped by operation,
 * with its statement, what was documented and received, and the first exchange as evidence;
 * then the skipped rules with their reasons in one table.
 */
export function gapsMarkdown(report: Report, operations?: readonly Pick<OperationSpec, 'product' | 'operation' | 'role'>[]): string {
  const { run, summary } = report;
  const v = summary.verdicts;
  const lines = [
    `# Documented vs observed — ${md.text(run.target.label)}, run ${md.code(run.id)}`,
    '',
    `${v.fail} failed, ${v.warn} warned (inferred rules), ${v['known-gap']} known gaps, ${v.unknown} unknown, ${v.skipped} skipped and ${v['not-covered']} not covered of ${summary.rules} rules (seed ${md.code(String(run.seed))}).`,
    '',
  ];
  const groups = operationGroups(report.rules.filter((r) => GAPS.includes(r.verdict)), operations).filter((g) => g.rules.length);
  if (!groups.length) lines.push('No rule failed, warned or stayed indeterminate.', '');
  for (const g of groups) {
    lines.push(`## ${md.text(g.name)}${g.role === 'cross-operation' ? ' (cross-operation rules)' : ''}`, '');
    for (const r of [...g.rules].sort((a, b) => GAPS.indexOf(a.verdict) - GAPS.indexOf(b.verdict))) lines.push(...entry(r));
  }
  const skipped = report.rules.filter((r) => r.verdict === 'skipped');
  if (skipped.length) {
    lines.push(`## Skipped rules (${skipped.length})`, '', '| rule | kind | reason |', '|---|---|---|');
    for (const r of skipped) lines.push(`| ${md.code(r.id, 200)} | ${r.kind} | ${md.text(r.reason)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
