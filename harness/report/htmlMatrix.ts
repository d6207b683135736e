import type { OperationSpec } from '../../spec/index.js';
import { VERDICTS, type Verdict } from '../verdicts/Verdict.js';
import { escapeXml as esc, escapeXmlAttr as attr } from './escapeXml.js';
import { operationGroups } from './operationGroups.js';
import type { ReportRule } from './Report.js';

/** Verdicts whose rules have an entry in the page's Failures or Known gaps section. */
export const HAS_ENTRY: readonly Verdict[] = ['fail', 'warn', 'known-gap'];

/** The anchor of a rule's entry on the page. */
export const ruleAnchor = (id: string): string => `rule-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;

function cell(r: ReportRule): string {
  const text = esc(r.errorCode ?? r.id.split('.').at(-1) ?? r.id);
  const common = `class="cell v-${r.verdict}" data-verdict="${r.verdict}" data-rule="${attr(r.id)}" title="${attr(r.reason)}"`;
  return HAS_ENTRY.includes(r.verdict) ? `<a ${common} href="#${ruleAnchor(r.id)}">${text}</a>` : `<span ${common}>${text}</span>`;
}

/**
 * The operation × error-code matrix: one row per operation of the catalogue (central first),
 * one cell per error rule of that operation, coloured by verdict, with a legend of the counts.
 */
export function htmlMatrix(rules: readonly ReportRule[], operations?: readonly Pick<OperationSpec, 'product' | 'operation' | 'role'>[]): string {
  const errors = rules.filter((r) => r.kind === 'error');
  const groups = operationGroups(errors, operations).filter((g) => g.role !== 'cross-operation' || g.rules.length);
  const count = (v: Verdict) => errors.filter((r) => r.verdict === v).length;
  const legend = VERDICTS.map((v) => `<span class="badge v-${v}" data-legend="${v}">${v} <b>${count(v)}</b></span>`).join(' ');
  const rows = groups.map((g) => {
    const verified = g.rules.filter((r) => r.verdict === 'pass').length;
    const failed = g.rules.filter((r) => r.verdict === 'fail' || r.verdict === 'warn' || r.verdict === 'known-gap').length;
    const head = `<span class="op">${esc(g.name)}</span><span class="role ${g.role}">${g.role}</span>`
      + `<div class="op-counts">${g.rules.length} code${g.rules.length === 1 ? '' : 's'} · ${verified} verified${failed ? ` · ${failed} failed` : ''}</div>`;
    const cells = g.rules.length ? g.rules.map(cell).join('') : '<span class="muted">no documented error codes</span>';
    return `<tr data-operation="${attr(g.name)}" data-role="${g.role}"><th scope="row">${head}</th><td><div class="cells">${cells}</div></td></tr>`;
  });
  return [
    '<section id="matrix">',
    `<h2>Error codes by operation</h2>`,
    `<p class="muted">${errors.length} documented error codes over ${groups.length} operations. Hover a code for the reason; failing codes link to their evidence.</p>`,
    `<div class="legend"><span class="counts-label">error codes</span>${legend}</div>`,
    '<table class="matrix"><thead><tr><th>operation</th><th>error codes</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}
