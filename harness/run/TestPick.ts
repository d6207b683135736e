import type { RunConfig } from './RunConfig.js';

/**
 * How the harness runs one test: in full, or checking each of its rules once (no boundary
 * repetitions, one property run); with at most `runs` property runs; `ms`: its documented-rate
 * time in the plan.
 */
export interface TestPick { once?: boolean; runs?: number; ms?: number }

/** Why a test is not run: the run it resumes finished it. */
export type NotRun = { notRun: 'done' };

/**
 * The pick of a test: none for a test the resumed run finished; else every test in full, or each
 * rule once when the run checks each rule once (tools/recordPlan.ts).
 */
export function testPick(config: Pick<RunConfig, 'checkOnce' | 'done'>, suite: string, key: string): TestPick | NotRun {
  if (config.done?.[suite]?.includes(key)) return { notRun: 'done' };
  return config.checkOnce ? { once: true, runs: 1 } : {};
}
