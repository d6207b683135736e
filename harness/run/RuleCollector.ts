import type { Reporter, TestCase, TestModule, TestSpecification } from 'vitest/node';
import '../conformance/taskMeta.js';
import type { Observation } from '../verdicts/Verdict.js';
import type { TestRecord } from './TestRecord.js';
import { testRecord } from './TestRecord.js';
import { addTest, closeSuite, emptySuiteTime, type SuiteTime } from './suiteTime.js';
import { suiteOf } from './suiteTimeScale.js';

/** A test the harness did not run, with the rules it names: outside a budget's selection, past its deadline, or finished by the run resumed. */
export interface NotRunTest { suite: string; test: string; rules: string[]; pastDeadline: boolean }

/**
 * The run's vitest reporter: gathers every test's observations (test metadata set by the suites)
 * as soon as the test ends (an interrupted run keeps what its finished tests decided), reports a
 * test that died without verdicts as a tool error, and prints one progress line per file.
 */
export class RuleCollector implements Reporter {
  readonly observations: Observation[] = [];
  readonly toolErrors: string[] = [];
  /** Calls made, per suite and `<product>.<Action>`. */
  readonly calls: Record<string, Record<string, number>> = {};
  /** Where each suite's time went. */
  readonly timing: Record<string, SuiteTime> = {};
  /** Every test that ran to its end, in the order they ended. */
  readonly tests: TestRecord[] = [];
  /** Tests the harness did not run. */
  readonly notRun: NotRunTest[] = [];
  private readonly seen = new Set<string>();
  private readonly checks = new Map<string, { checked: number; failed: number }>();
  private done = 0;
  private total = 0;

  /** `hooks` see every finished test and suites starting and ending (the run's progress line). */
  constructor(private readonly log: (line: string) => void,
    private readonly hooks: { test?(t: TestRecord): void; suiteStarted?(suite: string): void; suiteEnded?(suite: string): void } = {}) {}

  onTestModuleStart(module: TestModule): void {
    this.hooks.suiteStarted?.(suiteOf(module.moduleId));
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.total = specifications.length;
  }

  onTestCaseResult(test: TestCase): void {
    const meta = test.meta();
    const result = test.result();
    // A test left out of the run (vitest skipped it) did nothing and decided nothing.
    if (result.state === 'skipped' || result.state === 'pending') return;
    // A cancelled run reports the tests that had ended once more: each counts once.
    if (this.seen.has(test.id)) return;
    this.seen.add(test.id);
    const suite = suiteOf(test.module.moduleId);
    if (meta.notRun) {
      if (meta.testKey !== undefined) this.notRun.push({ suite, test: meta.testKey, rules: meta.ruleIds ?? [], pastDeadline: meta.pastDeadline ?? false });
      return;
    }
    const mine = (this.calls[suite] ??= {});
    addTest((this.timing[suite] ??= emptySuiteTime()), meta.time);
    for (const [op, n] of Object.entries(meta.calls ?? {})) mine[op] = (mine[op] ?? 0) + n;
    const seen = [...(meta.observations ?? [])].map((o) => ({ ...o, suite }));
    if (meta.toolError) this.toolErrors.push(`${test.name}: ${meta.toolError}`);
    const died = meta.toolError !== undefined || (result.state === 'failed' && !meta.verdictFailure);
    if (result.state === 'failed' && !meta.verdictFailure) {
      // The test died (a suite bug or an unexpected answer shape): what it did not decide is unknown.
      const message = result.errors?.[0]?.message?.split('\n')[0] ?? 'failed without a verdict';
      this.toolErrors.push(`${test.name}: ${message}`);
      for (const ruleId of meta.ruleIds ?? []) {
        if (!seen.some((o) => o.ruleId === ruleId)) seen.push({ ruleId, verdict: 'unknown', reason: `the test died: ${message}`, suite });
      }
    }
    this.observations.push(...seen);
    const c = this.checks.get(suite) ?? { checked: 0, failed: 0 };
    c.checked += seen.length;
    c.failed += seen.filter((o) => o.verdict === 'fail').length;
    this.checks.set(suite, c);
    if (meta.testKey === undefined) return;
    const record: TestRecord = { ...testRecord(suite, meta.testKey, meta, seen), ...(died && { died: true }) };
    this.tests.push(record);
    this.hooks.test?.(record);
  }

  onTestModuleEnd(module: TestModule): void {
    const suite = suiteOf(module.moduleId);
    for (const error of module.errors()) this.toolErrors.push(`${module.moduleId.split('/').pop()}: ${error.message?.split('\n')[0] ?? 'error'}`);
    const d = module.diagnostic();
    this.timing[suite] = closeSuite(this.timing[suite] ?? emptySuiteTime(), d.duration, d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration);
    this.done++;
    this.hooks.suiteEnded?.(suite);
    const c = this.checks.get(suite) ?? { checked: 0, failed: 0 };
    this.log(`[${this.done}/${this.total}] ${suite}.suite.ts: ${c.checked} checks${c.failed ? `, ${c.failed} failed` : ''}`);
  }
}
