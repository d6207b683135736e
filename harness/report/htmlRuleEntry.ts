import { formatExchange } from './formatExchange.js';
import { escapeXml as esc, escapeXmlAttr as attr } from './escapeXml.js';
import { ruleAnchor } from './htmlMatrix.js';
import type { ReportRule } from './Report.js';

const pre = (text: string) => `<pre>${esc(text)}</pre>`;

/**
 * One failing (or known-gap) rule on the page: statement, documented vs received, the baseline
 * entry if any, the curl and replay commands, and the exchanges folded in a `<details>`.
 */
export function htmlRuleEntry(r: ReportRule): string {
  const dvr = [
    ...(r.evidence?.documented !== undefined ? [['documented', r.evidence.documented]] : []),
    ...(r.evidence?.received !== undefined ? [['received', r.evidence.received]] : []),
    ['reason', r.reason],
    ['rule', `${r.kind}, ${r.basis}${r.errorCode ? `, code ${r.errorCode}` : ''}${r.httpStatus ? `, HTTP ${r.httpStatus}` : ''}`],
    ...(r.baseline ? [['baseline', `${r.baseline.reason}${r.baseline.link ? ` — ${r.baseline.link}` : ''}${r.baseline.expires ? ` (until ${r.baseline.expires})` : ''}`]] : []),
    ...(r.repro?.seed !== undefined ? [['seed / path', `${r.repro.seed}${r.repro.path ? ` / ${r.repro.path}` : ''}`]] : []),
  ].map(([k, v]) => `<dt>${esc(k ?? '')}</dt><dd>${esc(v ?? '')}</dd>`).join('');
  const exchanges = r.evidence?.exchanges ?? [];
  return [
    `<article class="rule ${r.verdict}" id="${ruleAnchor(r.id)}" data-rule="${attr(r.id)}">`,
    `<h3><span class="badge v-${r.verdict}">${r.verdict}</span> <code>${esc(r.id)}</code></h3>`,
    `<div>${esc(r.statement)}</div>`,
    `<dl class="dvr">${dvr}</dl>`,
    ...(r.repro ? ['<div class="label">curl (unsigned; replay re-signs)</div>', pre(r.repro.curl), '<div class="label">replay</div>', pre(r.repro.replay)] : []),
    ...(exchanges.length ? [`<details><summary>${exchanges.length} exchange${exchanges.length === 1 ? '' : 's'}</summary>${exchanges.map((e) => pre(formatExchange(e))).join('')}</details>`] : []),
    '</article>',
  ].join('\n');
}
