import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors/ToolError.js';
import type { Report } from '../report/Report.js';

/**
 * The report of the run `--resume DIR` continues: a folder with a report.json written by
 * `acs-conformance run` (not a proxy's), listing the tests that ran to their end.
 */
export function readResume(dir: string): Report {
  const file = join(dir, 'report.json');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`run: --resume '${dir}' is not a folder (expected the report folder of an earlier run, reports/<runId>)`);
  if (!existsSync(file)) throw new UsageError(`run: --resume '${dir}' has no report.json (expected the report folder of an earlier run, reports/<runId>)`);
  let report: Report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch (e) {
    throw new UsageError(`run: --resume '${dir}': report.json is not valid JSON (${(e as Error).message.split('\n')[0]}); expected the report.json a run wrote`);
  }
  const run = report?.run;
  if (!run || typeof run.id !== 'string' || !Array.isArray(report.rules) || typeof run.target?.label !== 'string') {
    throw new UsageError(`run: --resume '${dir}': report.json is not a run's report (expected schemaVersion, run and rules as acs-conformance run writes them)`);
  }
  if (run.kind === 'proxy') throw new UsageError(`run: --resume '${dir}' is a proxy's report; expected the report of acs-conformance run`);
  if (!Array.isArray(run.tests)) throw new UsageError(`run: --resume '${dir}': report.json lists no tests (run.tests); it was written by an older version, which cannot be resumed`);
  if (run.shard) throw new UsageError(`run: --resume '${dir}' is the report of shard ${run.shard}; merge the shards with report merge, or resume a run that was not sharded`);
  return report;
}

/** The tests the resumed run finished, per suite (RunConfig.done); one that died or met a tool error runs again. */
export function doneTests(report: Report): Record<string, string[]> {
  const done: Record<string, string[]> = {};
  for (const t of report.run.tests ?? []) if (!t.died) (done[t.suite] ??= []).push(t.test);
  return done;
}
