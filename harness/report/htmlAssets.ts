/**
 * Data file: the inline stylesheet and script of index.html (htmlReport). Kept apart from the
 * code that writes the markup; no external resource is referenced from here.
 */

/** One colour per verdict (background, text) used by the matrix, the badges and the legend. */
export const HTML_STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1280px; margin: 0 auto; padding: 0 20px 48px; }
h1 { font-size: 22px; margin: 20px 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 0 0 6px; }
code, pre { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0; }
.muted { color: var(--muted); }
.toolbar { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 20px; display: flex; gap: 12px; align-items: center; }
.toolbar input { width: 380px; max-width: 60vw; padding: 5px 9px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
.toolbar .title { font-weight: 600; }
.toolbar nav a { color: #0969da; text-decoration: none; margin-right: 10px; font-size: 13px; }
.toolbar nav { margin-left: auto; }
.counts-label { color: var(--muted); font-size: 12px; align-self: center; margin-right: 2px; }
dl.run { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 8px 0; }
dl.run dt { color: var(--muted); }
dl.run dd { margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0; }
.outcome { font-weight: 600; margin: 8px 0; }
.outcome.bad { color: #cf222e; }
.outcome.good { color: #1a7f37; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.coverage { width: auto; }
table.matrix th[scope=row] { width: 250px; white-space: nowrap; }
.op { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.role { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; border: 1px solid var(--line); color: var(--muted); margin-left: 4px; }
.role.central { border-color: #0969da; color: #0969da; }
.op-counts { font-size: 12px; color: var(--muted); font-weight: 400; }
.cells { display: flex; flex-wrap: wrap; gap: 3px; }
.cell, .badge { display: inline-block; border-radius: 4px; padding: 1px 6px; font-size: 12px; text-decoration: none; border: 1px solid transparent; white-space: nowrap; }
.cell { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; }
a.cell:hover { outline: 2px solid #0969da; }
.v-pass { background: #1a7f37; color: #fff; }
.v-fail { background: #cf222e; color: #fff; }
.v-warn { background: #f2b61c; color: #3b2300; }
.v-unknown { background: #6e7781; color: #fff; }
.v-skipped { background: repeating-linear-gradient(135deg, #d8dee4 0 3px, #f6f8fa 3px 7px); color: #424a53; border-color: #afb8c1; }
.v-not-covered { background: #fff; color: #59636e; border: 1px dashed #8c959f; }
.v-known-gap { background: #8250df; color: #fff; }
.cell.v-fail::before { content: "\\2717\\00a0"; }
.cell.v-warn::before { content: "!\\00a0"; }
.cell.v-unknown::before { content: "?\\00a0"; }
.cell.v-known-gap::before { content: "\\25C6\\00a0"; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 10px; }
article.rule { border: 1px solid var(--line); border-left: 5px solid #cf222e; border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
article.rule.warn { border-left-color: #f2b61c; }
article.rule.known-gap { border-left-color: #8250df; }
article.rule:target { box-shadow: 0 0 0 3px #0969da55; }
dl.dvr { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.dvr dt { color: var(--muted); }
dl.dvr dd { margin: 0; }
details > summary { cursor: pointer; color: #0969da; margin: 4px 0; }
.label { font-size: 12px; color: var(--muted); margin-top: 6px; }
[hidden] { display: none !important; }
section, article.rule { scroll-margin-top: 56px; }
`;

/** Type-to-filter: shows the matrix cells, table rows and failure entries whose rule id contains the text. */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var box = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  if (!box) return;
  function has(el, q) { return (el.getAttribute('data-rule') || '').toLowerCase().indexOf(q) !== -1; }
  function apply() {
    var q = String(box.value || '').trim().toLowerCase();
    var shown = 0;
    var rows = document.querySelectorAll('table.matrix tbody tr');
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var opMatch = q !== '' && (row.getAttribute('data-operation') || '').toLowerCase().indexOf(q) !== -1;
      var cells = row.querySelectorAll('[data-rule]');
      var any = false;
      for (var j = 0; j < cells.length; j++) {
        var ok = q === '' || opMatch || has(cells[j], q);
        cells[j].hidden = !ok;
        if (ok) any = true;
      }
      row.hidden = q !== '' && !any && !opMatch;
    }
    var items = document.querySelectorAll('tr[data-rule], article[data-rule]');
    for (var k = 0; k < items.length; k++) {
      var hit = q === '' || has(items[k], q);
      items[k].hidden = !hit;
      if (hit && items[k].tagName === 'TR' && items[k].closest('table.rules')) shown++;
    }
    if (status) status.textContent = q === '' ? '' : shown + ' rule' + (shown === 1 ? '' : 's') + ' match';
  }
  box.addEventListener('input', apply);
  apply();
})();
`;
