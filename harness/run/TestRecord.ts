import type { TaskMeta } from 'vitest';
import '../conformance/taskMeta.js';
import type { Observation, Verdict } from '../verdicts/Verdict.js';
import { worst } from '../verdicts/Verdict.js';
import { parseStep, type TraceStep } from './callTrace.js';

/**
 * One test that ran to its end (report.json `run.tests`): its suite and name (the key a budget's
 * selection and `--resume` use), the rules it checks, the verdict it reached on each, what it
 * called and created, and its trace (harness/run/callTrace.ts), from which the plan's figures
 * are recorded (tools/recordPlan.ts).
 */
export interface TestRecord {
  suite: string;
  test: string;
  rules: string[];
  /** The RefusalChangesNothing rules it checks with them (its name ends with both). */
  implied?: string[];
  verdicts: Record<string, Verdict>;
  /** Calls per `<product>.<Action>`, every attempt counted. */
  calls: Record<string, number>;
  /** Resources created, per operation that created them. */
  creates: Record<string, number>;
  trace: TraceStep[];
  mutates?: boolean;
  /** Property runs the test did, when it said so (RuleTest.propertyRuns). */
  runs?: number;
  /** The test checked each of its rules once: no repetitions. */
  once?: boolean;
  /** The test ended without deciding its rules (a tool error, or it died): a resumed run runs it again. */
  died?: boolean;
}

export function testRecord(suite: string, test: string, meta: TaskMeta, seen: Observation[]): TestRecord {
  const verdicts: Record<string, Verdict> = {};
  for (const o of seen) verdicts[o.ruleId] = verdicts[o.ruleId] ? worst(verdicts[o.ruleId]!, o.verdict) : o.verdict;
  const calls: Record<string, number> = {};
  const creates: Record<string, number> = {};
  for (const [step, n] of meta.trace ?? []) {
    const s = parseStep(step);
    if (s.kind !== 'call') continue;
    calls[s.op] = (calls[s.op] ?? 0) + n;
    if (s.created) creates[s.op] = (creates[s.op] ?? 0) + n;
  }
  return {
    suite, test, rules: meta.ruleIds ?? [], ...(meta.impliedRuleIds?.length && { implied: meta.impliedRuleIds }), verdicts, calls, creates, trace: meta.trace ?? [],
    ...(meta.mutates && { mutates: true }), ...(meta.runs !== undefined && { runs: meta.runs }), ...(meta.once && { once: true }),
  };
}
