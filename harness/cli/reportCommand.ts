import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSpec } from '../../spec/index.js';
import { ToolError } from '../errors/ToolError.js';
import { mergeReports } from '../report/mergeReports.js';
import type { Report } from '../report/Report.js';
import { writeReports } from '../report/writeReports.js';
import { parseReportArgs } from './parseReportArgs.js';

/** `report merge DIR... --out DIR`: merges shard reports into one report folder. */
export async function reportCommand(args: string[]): Promise<number> {
  const { dirs, out } = parseReportArgs(args);
  const reports = dirs.map((dir) => {
    const file = join(dir, 'report.json');
    if (!existsSync(file)) throw new ToolError(`report merge: ${file} not found`);
    try { return JSON.parse(readFileSync(file, 'utf8')) as Report; } catch (e) { throw new ToolError(`report merge: ${file} is not valid JSON (${(e as Error).message})`); }
  });
  const merged = mergeReports(getSpec(), reports);
  writeReports(merged, out);
  process.stdout.write(`merged ${reports.length} reports into ${out}: ${merged.summary.verdicts.fail} fail, ${merged.summary.verdicts.pass} pass\n`);
  return merged.summary.newFailures > 0 ? 1 : 0;
}
