import { TIME_KINDS, type TimeSpent } from './timeAccount.js';

/**
 * A suite's time account in a report (run.timing.suites): its wall time, the waits and call time
 * its tests booked (timeAccount.ts), and the rest — the harness's own work (signing, judging,
 * checking histories, vitest), never below zero (calls that overlap can add up to more than the
 * wall time they took).
 */
export interface SuiteTime extends TimeSpent {
  /** Running its tests and hooks. */
  wallMs: number;
  /** Before its first test: the worker's environment, importing and collecting the suite file. */
  startupMs: number;
  harnessMs: number;
}

export function emptySuiteTime(): SuiteTime {
  return { wallMs: 0, startupMs: 0, harnessMs: 0, pacingMs: 0, pollingMs: 0, windowsMs: 0, backoffMs: 0, callsMs: 0, calls: 0 };
}

/** Adds one test's account to its suite's. */
export function addTest(suite: SuiteTime, test: TimeSpent | undefined): void {
  if (!test) return;
  for (const k of TIME_KINDS) suite[k] += test[k];
}

/** Closes a suite's account once its wall time is known. */
export function closeSuite(suite: SuiteTime, wallMs: number, startupMs: number): SuiteTime {
  const round = (n: number) => Math.round(n);
  const waits = suite.pacingMs + suite.pollingMs + suite.windowsMs + suite.backoffMs + suite.callsMs;
  const out = { ...suite, wallMs: round(wallMs), startupMs: round(startupMs), harnessMs: round(Math.max(0, wallMs - waits)) };
  for (const k of TIME_KINDS) out[k] = round(out[k]);
  return out;
}

/** The suites that took longest, with where their time went, as one line each. */
export function topSuites(suites: Record<string, SuiteTime>, n = 3): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return Object.entries(suites).sort(([, a], [, b]) => b.wallMs - a.wallMs).slice(0, n).map(([name, t]) =>
    `${name} ${s(t.wallMs)} (+ ${s(t.startupMs)} start-up): pacing ${s(t.pacingMs)}, polling ${s(t.pollingMs)}, windows ${s(t.windowsMs)}, backoff ${s(t.backoffMs)}, in ${t.calls} calls ${s(t.callsMs)}, harness ${s(t.harnessMs)}`);
}
