import { escapeXml as esc } from './escapeXml.js';
import { markdown as md } from './markdown.js';
import type { TrafficSection } from './Report.js';

const short = (id: string) => id.split('.client.')[1] ?? id;
const injected = (t: TrafficSection) =>
  `throttle ${t.injected.throttle}, 5xx ${t.injected['5xx']}, reset-after-commit ${t.injected['reset-after-commit']}${t.injected.latencyMs ? `, latency ${t.injected.latencyMs} ms per call` : ''}`;

/** The traffic of a proxy run for summary.md: totals, then per operation its calls and which of its client rules the traffic exercised. */
export function trafficMarkdown(t: TrafficSection): string[] {
  return [
    '', `## Traffic: ${t.exchanges} requests, ${t.logicalCalls} logical calls (${t.retried} retried)`, '',
    `Faults injected: ${injected(t)}. Every exchange: ${md.code(t.har)} (HAR 1.2, secrets redacted).`, '',
    '| operation | calls | client rules exercised | never exercised |', '|---|---:|---|---|',
    ...t.operations.map((o) => `| ${md.code(o.operation)} | ${o.calls} | ${o.exercised.length}/${o.exercised.length + o.notExercised.length} | ${md.text(o.notExercised.map(short).join(', ') || '—', 200)} |`),
    ...(t.outOfScope.length ? ['', `Outside the operations in scope (not judged): ${t.outOfScope.map((x) => `${md.code(x.action)} ${x.calls}`).join(', ')}.`] : []),
  ];
}

/** The same as an HTML section for index.html. */
export function trafficHtml(t: TrafficSection): string[] {
  const rows = t.operations.map((o) => `<tr><td><code>${esc(o.operation)}</code></td><td class="num">${o.calls}</td><td>${o.exercised.map((id) => `<code>${esc(short(id))}</code>`).join(' ') || '—'}</td><td class="muted">${o.notExercised.map((id) => esc(short(id))).join(', ') || '—'}</td></tr>`);
  return [
    '<section id="traffic">', `<h2>Traffic: ${t.exchanges} requests, ${t.logicalCalls} logical calls (${t.retried} retried)</h2>`,
    `<p>Faults injected: ${esc(injected(t))}. Every exchange is in <code>${esc(t.har)}</code> (HAR 1.2, secrets redacted; open it in a browser's devtools).</p>`,
    `<table class="rules"><thead><tr><th>operation</th><th class="num">calls</th><th>client rules exercised</th><th>never exercised</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
    ...(t.outOfScope.length ? [`<p>Outside the operations in scope (not judged): ${t.outOfScope.map((x) => `<code>${esc(x.action)}</code> ${x.calls}`).join(', ')}.</p>`] : []),
    '</section>',
  ];
}
