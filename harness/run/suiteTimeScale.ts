import { basename } from 'node:path';
import type { RunConfig } from './RunConfig.js';

/** The suite a test file is: `suites/rate-limits.suite.ts` is `rate-limits`. */
export const suiteOf = (filepath: string): string => basename(filepath).replace(/\.suite\.ts$/, '');

/**
 * The time scale a suite runs at: the one the harness chose for it on a target whose clock it
 * owns (RunConfig.timeScales: by suite name, `*` for every other suite), else the profile's (rateLimits.timeScale), else real time. The
 * target serving the suite and the client pacing its calls both use it.
 */
export function suiteTimeScale(config: Pick<RunConfig, 'profile' | 'timeScales'>, suite: string): number {
  return config.timeScales?.[suite] ?? config.timeScales?.['*'] ?? config.profile.rateLimits?.timeScale ?? 1;
}
