import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createVitest } from 'vitest/node';
import { NameOrderSequencer } from './NameOrderSequencer.js';
import type { Progress } from './Progress.js';
import type { RuleCollector } from './RuleCollector.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How a run's suites go: side by side or one after another, and which of their tests. */
export interface SuiteRun {
  files: string[];
  collector: RuleCollector;
  progress: Progress;
  say: (line: string) => void;
  /** Side by side (each suite with a target of its own), on `jobs` workers. */
  parallel: boolean;
  jobs: number;
  /** `--rule`: only the tests named after one of these rule ids. */
  rules: string[];
  shard?: { index: number; count: number } | undefined;
  /** A run that may end with no test to run (a shard, a rule filter, a budget, a resumed run). */
  passWithNoTests: boolean;
}

/** Only the tests named after one of `ids`: a test is named after the rule ids it checks, joined with ' + '. */
const namedAfter = (ids: string[]) => new RegExp(`(^| )(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})( |$)`);

/**
 * Runs the suite files under vitest with the run's reporter (the collector); resolves when they
 * ended, with whether Ctrl-C (or SIGTERM) stopped them: the tests running then finish first, and
 * the caller still writes the report and cleans up.
 */
export async function runSuites(r: SuiteRun): Promise<boolean> {
  let interrupted = false;
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const vitest = await createVitest('test', {
    // Threads, not forks: a run killed hard takes its workers with it.
    config: false, root: ROOT, watch: false, pool: 'threads', isolate: false, reporters: [r.collector], include: ['suites/**/*.suite.ts'],
    setupFiles: [join(ROOT, 'harness/run/mockSetup.ts')], fileParallelism: r.parallel, ...(r.parallel && { maxWorkers: r.jobs }), testTimeout: 300_000, hookTimeout: 120_000,
    // One after another, suites go in the plan's order; side by side, the largest start first.
    ...(!r.parallel && { sequence: { sequencer: NameOrderSequencer } }),
    passWithNoTests: r.passWithNoTests,
    ...(r.rules.length && { testNamePattern: namedAfter(r.rules) }), ...(r.shard && { shard: `${r.shard.index}/${r.shard.count}` }),
  }, { logLevel: 'silent' });
  // vitest's own logger would exit the process on these signals, so its listeners give way to ours.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.off(signal, l);
  }
  const onInterrupt = () => {
    interrupted = true;
    r.say('interrupted: stopping the suites (the tests running finish first), then writing the report and cleaning up');
    void vitest.cancelCurrentRun('keyboard-input');
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  r.progress.start();
  try {
    if (r.files.length) await vitest.start(r.files);
  } finally {
    r.progress.stop();
    await vitest.close();
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
  return interrupted;
}
