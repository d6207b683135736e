import type { Reporter, TestModule, TestSpecification } from 'vitest/node';
import '../conformance/taskMeta.js';
import type { Observation } from '../verdicts/Verdict.js';
import { addTest, closeSuite, emptySuiteTime, type SuiteTime } from './suiteTime.js';

/**
 * The run's vitest reporter: gathers every test's observations (test metadata set by the suites),
 * reports a test that died without verdicts as a tool error, and prints one progress line per file.
 */
export class RuleCollector implements Reporter {
  readonly observations: Observation[] = [];
  readonly toolErrors: string[] = [];
  /** Calls made, per suite and `<product>.<Action>`. */
  readonly calls: Record<string, Record<string, number>> = {};
  /** Where each suite's time went. */
  readonly timing: Record<string, SuiteTime> = {};
  private done = 0;
  private total = 0;

  constructor(private readonly log: (line: string) => void) {}

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.total = specifications.length;
  }

  onTestModuleEnd(module: TestModule): void {
    let checked = 0;
    let failed = 0;
    const suite = (module.moduleId.split('/').pop() ?? module.moduleId).replace(/\.suite\.ts$/, '');
    for (const test of module.children.allTests()) {
      const meta = test.meta();
      const mine = (this.calls[suite] ??= {});
      addTest((this.timing[suite] ??= emptySuiteTime()), meta.time);
      for (const [op, n] of Object.entries(meta.calls ?? {})) mine[op] = (mine[op] ?? 0) + n;
      const seen = meta.observations ?? [];
      this.observations.push(...seen.map((o) => ({ ...o, suite })));
      checked += seen.length;
      failed += seen.filter((o) => o.verdict === 'fail').length;
      if (meta.toolError) this.toolErrors.push(`${test.name}: ${meta.toolError}`);
      const result = test.result();
      if (result.state === 'failed' && !meta.verdictFailure) {
        // The test died (a suite bug or an unexpected answer shape): what it did not decide is unknown.
        const message = result.errors?.[0]?.message?.split('\n')[0] ?? 'failed without a verdict';
        this.toolErrors.push(`${test.name}: ${message}`);
        for (const ruleId of meta.ruleIds ?? []) {
          if (!seen.some((o) => o.ruleId === ruleId)) this.observations.push({ ruleId, verdict: 'unknown', reason: `the test died: ${message}`, suite });
        }
      }
    }
    for (const error of module.errors()) this.toolErrors.push(`${module.moduleId.split('/').pop()}: ${error.message?.split('\n')[0] ?? 'error'}`);
    const d = module.diagnostic();
    this.timing[suite] = closeSuite(this.timing[suite] ?? emptySuiteTime(), d.duration, d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration);
    this.done++;
    const name = module.moduleId.split('/').pop() ?? module.moduleId;
    this.log(`[${this.done}/${this.total}] ${name}: ${checked} checks${failed ? `, ${failed} failed` : ''}`);
  }
}
