import { stripControl } from './escapeXml.js';

/**
 * Escaping for the Markdown reports (GitHub-flavoured, as rendered in a CI step summary):
 * `text` for running text and table cells, `code` for an inline code span, `fence` for a block.
 */
export const markdown = {
  /** One line of running text or a table cell: no line breaks, `|` and the HTML-ish characters escaped. */
  text(value: string, max = 300): string {
    const flat = stripControl(value).replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return cut.replace(/\\/g, '\\\\').replace(/([|*_`[\]])/g, '\\$1').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  },

  /** An inline code span, fenced with more backticks than the value holds; table pipes escaped. */
  code(value: string, max = 300): string {
    const flat = stripControl(value).replace(/[\r\n]+/g, ' ');
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    const ticks = '`'.repeat(Math.max(0, ...[...cut.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${cut.replace(/\|/g, '\\|')}${pad}${ticks}`;
  },

  /** A fenced code block whose fence is longer than any backtick run inside. */
  fence(value: string, lang = 'text'): string {
    const body = stripControl(value).replace(/\s+$/, '');
    const fence = '`'.repeat(Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    return `${fence}${lang}\n${body}\n${fence}`;
  },
};
