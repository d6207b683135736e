import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSpec } from '../../spec/index.js';
import { ToolError, UsageError } from '../errors/ToolError.js';
import { mergeReports } from '../report/mergeReports.js';
import type { Report } from '../report/Report.js';
import { writeReports } from '../report/writeReports.js';
import { parseCommand } from './parseCommand.js';

/** `report merge DIR... --out DIR`: merges shard reports into one report folder. */
export async function reportCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'merge') throw new UsageError(`report: unknown sub-command '${sub ?? ''}' (expected: merge)`);
  const { values, positionals } = parseCommand('report merge', rest, { out: { type: 'string' } }, 1000);
  if (!values.out) throw new UsageError('report merge: --out DIR is required');
  if (positionals.length === 0) throw new UsageError('report merge: give the report folders of the shards');
  const reports = positionals.map((dir) => {
    const file = join(dir, 'report.json');
    if (!existsSync(file)) throw new ToolError(`report merge: ${file} not found`);
    try { return JSON.parse(readFileSync(file, 'utf8')) as Report; } catch (e) { throw new ToolError(`report merge: ${file} is not valid JSON (${(e as Error).message})`); }
  });
  const merged = mergeReports(getSpec(), reports);
  writeReports(merged, values.out);
  process.stdout.write(`merged ${reports.length} reports into ${values.out}: ${merged.summary.verdicts.fail} fail, ${merged.summary.verdicts.pass} pass\n`);
  return merged.summary.newFailures > 0 ? 1 : 0;
}
