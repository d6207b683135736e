import type { Spec } from '../../spec/index.js';
import { ToolError } from '../errors/ToolError.js';
import { worst } from '../verdicts/Verdict.js';
import { summarize } from './buildReport.js';
import type { Report, ReportRule } from './Report.js';

/**
 * Merges shard reports of one catalogue into one: per rule the worst verdict across shards (a rule a
 * shard did not run is `not-covered` there and yields to any other verdict), with that shard's evidence.
 */
export function mergeReports(spec: Spec, reports: Report[]): Report {
  const first = reports[0];
  if (!first) throw new ToolError('report merge: no reports given');
  for (const r of reports) {
    if (r.schemaVersion !== first.schemaVersion) throw new ToolError(`report merge: schemaVersion ${r.schemaVersion} differs from ${first.schemaVersion}`);
  }
  const merged = new Map<string, ReportRule>();
  for (const report of reports) {
    for (const rule of report.rules) {
      const seen = merged.get(rule.id);
      if (!seen || (seen.verdict !== rule.verdict && worst(seen.verdict, rule.verdict) === rule.verdict)) merged.set(rule.id, rule);
    }
  }
  const rules = [...merged.values()];
  const toolErrors = reports.reduce((n, r) => n + r.summary.toolErrors, 0);
  const starts = reports.map((r) => r.run.startedAt).sort();
  const ends = reports.map((r) => r.run.endedAt).sort();
  return {
    schemaVersion: first.schemaVersion,
    run: {
      ...first.run, id: `${first.run.id}+${reports.length - 1}`, shard: null, suites: [...new Set(reports.flatMap((r) => r.run.suites))],
      startedAt: starts[0]!, endedAt: ends.at(-1)!, durationMs: Date.parse(ends.at(-1)!) - Date.parse(starts[0]!),
      // Shards run disjoint suite files: their calls and time accounts join suite by suite.
      calls: Object.assign({}, ...reports.map((r) => r.run.calls ?? {})),
      timing: { suites: Object.assign({}, ...reports.map((r) => r.run.timing?.suites ?? {})) },
      ...(reports.some((r) => r.run.tests) && { tests: reports.flatMap((r) => r.run.tests ?? []) }),
    },
    summary: summarize(spec, rules, toolErrors),
    rules, observations: reports.flatMap((r) => r.observations),
  };
}
