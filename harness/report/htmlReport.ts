import type { OperationSpec } from '../../spec/index.js';
import { VERDICTS } from '../verdicts/Verdict.js';
import { escapeXml as esc, escapeXmlAttr as attr } from './escapeXml.js';
import { HTML_SCRIPT, HTML_STYLE } from './htmlAssets.js';
import { HAS_ENTRY, htmlMatrix, ruleAnchor } from './htmlMatrix.js';
import { htmlRuleEntry } from './htmlRuleEntry.js';
import type { CodeCounts, Report, ReportRule } from './Report.js';
import { trafficHtml } from './trafficSection.js';
import { budgetLine, interruptedNotice } from './runState.js';

/** Nothing may be loaded from anywhere: inline style and script only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const badge = (v: string, text = v) => `<span class="badge v-${attr(v)}">${esc(text)}</span>`;
const coverageRow = (label: string, c: CodeCounts) =>
  `<tr><th>${label}</th>${[c.documented, c.verified, c.failed, c.unreached, c.untestable].map((n) => `<td class="num">${n}</td>`).join('')}</tr>`;
const ruleLink = (r: ReportRule) => (HAS_ENTRY.includes(r.verdict) ? `<a href="#${ruleAnchor(r.id)}"><code>${esc(r.id)}</code></a>` : `<code>${esc(r.id)}</code>`);
const ruleRow = (r: ReportRule, cols: string[]) =>
  `<tr data-rule="${attr(r.id)}">${cols.map((c) => `<td>${c}</td>`).join('')}<td>${badge(r.verdict)}</td><td>${esc(r.reason)}</td></tr>`;

function header(report: Report): string {
  const { run, summary } = report;
  const fields: [string, string][] = [
    ['run', run.id], ['seed', `${run.seed} (${run.runs} runs per property)`],
    ['target', `${run.target.label} (${run.target.kind}, profile ${run.target.profile}, region ${run.target.region})`], ['tool', `${run.tool.name} ${run.tool.version}`],
    ['started', run.startedAt], ['ended', `${run.endedAt} (${(run.durationMs / 1000).toFixed(1)} s)`],
    ['suites', run.suites.join(', ') || '—'], ['deviations', run.deviations.join(', ') || 'none'],
    ['shard', run.shard ?? '—'],
  ];
  const interrupted = interruptedNotice(report, `reports/${run.id}`);
  const budget = budgetLine(report);
  const outcome = summary.newFailures > 0
    ? `<p class="outcome bad">${summary.newFailures} new failure${summary.newFailures === 1 ? '' : 's'}${interrupted ? ' (in the checks that finished)' : ''}</p>`
    : interrupted ? '<p class="outcome bad">No new failures in the checks that finished</p>' : '<p class="outcome good">No new failures</p>';
  return [
    ...(interrupted ? [`<p class="outcome bad" id="interrupted">${esc(interrupted)}</p>`] : []),
    `<h1>Conformance report — ${esc(run.target.label)}</h1>`,
    ...(budget ? [`<p id="budget">${esc(budget)}</p>`] : []),
    ...(run.resumedFrom?.length ? [`<p id="resumed">Resumes ${esc(run.resumedFrom.join(', '))}: their verdicts are merged in.</p>`] : []),
    `<dl class="run">${fields.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`,
    outcome,
    `<div class="counts" id="verdict-counts"><span class="counts-label">all rules</span>${VERDICTS.map((v) => `<span class="badge v-${v}" data-count="${v}">${v} <b>${summary.verdicts[v]}</b></span>`).join('')}<span class="counts-label">total <b>${summary.rules}</b></span></div>`,
    '<table class="coverage"><thead><tr><th></th><th class="num">documented</th><th class="num">verified</th><th class="num">failed</th><th class="num">unreached</th><th class="num">untestable</th></tr></thead><tbody>',
    coverageRow('error codes, central operations', summary.errorCodesCentral),
    coverageRow('error codes, all operations', summary.errorCodes),
    coverageRow('quota rules', summary.quotaRules),
    '</tbody></table>',
  ].join('\n');
}

function section(id: string, title: string, body: string[]): string[] {
  return [`<section id="${id}">`, `<h2>${esc(title)}</h2>`, ...body, '</section>'];
}

/**
 * index.html: a self-contained page (inline CSS and JS, nothing fetched): run header and counts,
 * the operation × error-code matrix, the quota and rate-limit rules, the failures with their
 * reproductions, known gaps, observations, and every rule in a folded table; a filter box narrows
 * all of them by rule id.
 */
export function htmlReport(report: Report, operations?: readonly Pick<OperationSpec, 'product' | 'operation' | 'role'>[]): string {
  const limits = [...report.rules.filter((r) => r.kind === 'quota'), ...report.rules.filter((r) => r.kind === 'rate-limit')];
  const failing = report.rules.filter((r) => r.verdict === 'fail' || r.verdict === 'warn');
  const gaps = report.rules.filter((r) => r.verdict === 'known-gap');
  const table = (head: string[], rows: string[], cls: string) =>
    `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  const body = [
    header(report),
    ...(report.traffic ? trafficHtml(report.traffic) : []),
    htmlMatrix(report.rules, operations),
    ...section('limits', `Quota and rate-limit rules (${limits.length})`, [table(['rule', 'kind', 'operation', 'verdict', 'reason'],
      limits.map((r) => ruleRow(r, [ruleLink(r), r.kind, esc(r.operation ?? `${r.product} (cross-operation)`)])), 'limits')]),
    ...section('failures', `Failures (${report.summary.verdicts.fail} failed, ${report.summary.verdicts.warn} warned)`, failing.length ? failing.map(htmlRuleEntry) : ['<p class="muted">No documented or inferred rule was violated.</p>']),
    ...(gaps.length ? section('known-gaps', `Known gaps (${gaps.length})`, gaps.map(htmlRuleEntry)) : []),
    ...(report.observations.length ? section('observations', `Observations (${report.observations.length})`,
      [`<ul>${report.observations.map((o) => `<li><b>${esc(o.kind)}</b>${o.ruleId ? ` <code>${esc(o.ruleId)}</code>` : ''}: ${esc(o.detail)}</li>`).join('')}</ul>`]) : []),
    ...section('rules', `All rules (${report.rules.length})`, [`<details><summary>Show every rule with its verdict and reason</summary>${table(['rule', 'kind', 'basis', 'verdict', 'reason'],
      report.rules.map((r) => ruleRow(r, [ruleLink(r), r.kind, r.basis])), 'rules')}</details>`]),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${esc(`Conformance — ${report.run.target.label} — ${report.run.id}`)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head><body>',
    `<div class="toolbar"><span class="title">${esc(report.run.tool.name)}</span><input id="filter" type="search" placeholder="Filter by rule id…" aria-label="Filter by rule id" autocomplete="off"><span id="filter-status" class="muted"></span><nav><a href="#matrix">error codes</a><a href="#limits">quotas and rate limits</a><a href="#failures">failures</a><a href="#rules">all rules</a></nav></div>`,
    '<main>',
    ...body,
    '</main>',
    `<script>${HTML_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
