import { escapeXml as text, escapeXmlAttr as attr } from './escapeXml.js';
import type { Report, ReportRule } from './Report.js';

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/** Time spent on the rule's evidence exchanges (0 when there are none). */
function ruleTime(r: ReportRule): number {
  return (r.evidence?.exchanges ?? []).reduce((t, e) => t + Math.max(0, e.endedAt - e.startedAt), 0);
}

function documentedReceived(r: ReportRule): string[] {
  return [
    ...(r.evidence?.documented !== undefined ? [`documented: ${r.evidence.documented}`] : []),
    ...(r.evidence?.received !== undefined ? [`received:   ${r.evidence.received}`] : []),
  ];
}

/** The element that states the outcome of one rule's test case; empty for pass. */
function outcome(r: ReportRule): string {
  switch (r.verdict) {
    case 'fail': {
      const body = [...documentedReceived(r), ...(r.repro ? ['', r.repro.curl, r.repro.replay] : [])].join('\n');
      return `<failure message="${attr(r.reason)}" type="conformance">${text(body)}</failure>`;
    }
    case 'warn':
      return `<system-out>${text([`warning (rule basis: ${r.basis}): ${r.reason}`, ...documentedReceived(r), ...(r.repro ? [r.repro.replay] : [])].join('\n'))}</system-out>`;
    case 'known-gap':
      return `<skipped message="${attr(`known gap: ${r.baseline?.reason ?? r.reason}`)}">${text(`observed: ${r.reason}`)}</skipped>`;
    case 'unknown':
      return `<skipped message="${attr(`unknown: ${r.reason}`)}"/>`;
    case 'skipped':
      return `<skipped message="${attr(`skipped: ${r.reason}`)}"/>`;
    case 'not-covered':
      return `<skipped message="${attr(`not covered: ${r.reason}`)}"/>`;
    case 'pass':
      return '';
  }
}

const skips = (r: ReportRule) => r.verdict === 'skipped' || r.verdict === 'not-covered' || r.verdict === 'known-gap' || r.verdict === 'unknown';

/**
 * JUnit XML: one test case per rule (classname = operation, or product for cross-operation rules;
 * name = rule id), one test suite per classname. fail is a failure; warn passes with the warning
 * in system-out; unknown, skipped, not-covered and known-gap are skipped with the reason. Tool
 * errors, when there are any, form one more suite of errored cases.
 */
export function junitXml(report: Report): string {
  const suites = new Map<string, ReportRule[]>();
  for (const r of report.rules) {
    const key = r.operation ?? r.product;
    suites.set(key, [...(suites.get(key) ?? []), r]);
  }
  const stamp = report.run.startedAt.replace(/Z$/, '').replace(/\.\d+$/, '');
  const body: string[] = [];
  for (const [name, rules] of suites) {
    const failures = rules.filter((r) => r.verdict === 'fail').length;
    const skipped = rules.filter(skips).length;
    body.push(`  <testsuite name="${attr(name)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(rules.reduce((t, r) => t + ruleTime(r), 0))}" timestamp="${attr(stamp)}">`);
    for (const r of rules) {
      const inner = outcome(r);
      const open = `    <testcase classname="${attr(name)}" name="${attr(r.id)}" time="${seconds(ruleTime(r))}"`;
      body.push(inner ? `${open}>\n      ${inner}\n    </testcase>` : `${open}/>`);
    }
    body.push('  </testsuite>');
  }
  const toolErrors = report.observations.filter((o) => o.kind === 'tool-error');
  if (toolErrors.length) {
    body.push(`  <testsuite name="tool errors" tests="${toolErrors.length}" failures="0" errors="${toolErrors.length}" skipped="0" time="0.000" timestamp="${attr(stamp)}">`);
    toolErrors.forEach((o, i) => body.push(`    <testcase classname="tool errors" name="tool error ${i + 1}" time="0.000">\n      <error message="${attr(o.detail)}" type="tool-error"/>\n    </testcase>`));
    body.push('  </testsuite>');
  }
  const tests = report.rules.length + toolErrors.length;
  const failures = report.rules.filter((r) => r.verdict === 'fail').length;
  const skipped = report.rules.filter(skips).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`${report.run.tool.name} ${report.run.target.label} ${report.run.id}`)}" tests="${tests}" failures="${failures}" errors="${toolErrors.length}" skipped="${skipped}" time="${seconds(report.run.durationMs)}">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}
