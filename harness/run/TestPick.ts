import type { RunConfig } from './RunConfig.js';

/**
 * How the harness runs one test of a budgeted or resumed run (RunConfig.selection): in full, or
 * checking each of its rules once (no boundary repetitions, one property run); with at most
 * `runs` property runs; `ms`: its documented-rate time, which the deadline guard weighs.
 */
export interface TestPick { once?: boolean; runs?: number; ms?: number }

/** Why a test is not run: outside the selection, or past the run's deadline. */
export type NotRun = { notRun: 'outside-selection' | 'past-deadline' | 'done' };

/**
 * The pick of a test: none for a test the resumed run finished; every test in full when the run
 * selects nothing; else its entry in the
 * selection, or why it is not run. Past the deadline (a budget at real speed) a test that would
 * end after it is not started.
 */
export function testPick(config: Pick<RunConfig, 'selection' | 'checkOnce' | 'deadline' | 'done'>, suite: string, key: string, now = Date.now()): TestPick | NotRun {
  const base: TestPick = config.checkOnce ? { once: true, runs: 1 } : {};
  if (config.done?.[suite]?.includes(key)) return { notRun: 'done' };
  if (!config.selection) return base;
  const pick = config.selection[suite]?.[key];
  if (!pick) return { notRun: 'outside-selection' };
  if (config.deadline !== undefined && now + (pick.ms ?? 0) > config.deadline) return { notRun: 'past-deadline' };
  return { ...base, ...pick };
}
