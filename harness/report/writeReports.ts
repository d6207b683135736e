import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ToolError } from '../errors/ToolError.js';
import { caseFile, caseFileName, hasCaseFile } from './caseFile.js';
import { gapsMarkdown } from './gapsMarkdown.js';
import { htmlReport } from './htmlReport.js';
import { junitXml } from './junitXml.js';
import type { Report } from './Report.js';
import { summaryMarkdown } from './summaryMarkdown.js';

/** How the summary names the report folder: relative to the working directory when inside it. */
function shownLocation(root: string): string {
  const rel = relative(process.cwd(), root);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel;
}

/**
 * Writes a run's reports into `dir` (created if needed): report.json, junit.xml, summary.md,
 * gaps.md, index.html, and `cases/<ruleId>.json` for every failing rule (fail or warn). Every
 * path is checked to stay inside `dir`. Returns the files written, as `dir` joined with their name.
 */
export function writeReports(report: Report, dir: string): { files: string[] } {
  const root = resolve(dir);
  const files: string[] = [];
  const put = (name: string, text: string) => {
    const path = resolve(root, name);
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new ToolError(`report: refusing to write ${name} outside ${dir}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files.push(join(dir, name));
  };
  mkdirSync(root, { recursive: true });
  put('report.json', `${JSON.stringify(report, null, 2)}\n`);
  put('junit.xml', junitXml(report));
  put('summary.md', summaryMarkdown(report, { location: shownLocation(root) }));
  put('gaps.md', gapsMarkdown(report));
  put('index.html', htmlReport(report));
  for (const rule of report.rules.filter(hasCaseFile)) put(`cases/${caseFileName(rule.id)}`, `${JSON.stringify(caseFile(rule, report), null, 2)}\n`);
  return { files };
}
