import type { Spec } from '../../spec/index.js';
import { callCount, costMs, createCount, RateClock } from '../plan/RateClock.js';
import { loadPlanFixtures } from '../plan/PlanFixture.js';
import { targetTiming } from '../plan/targetTiming.js';
import type { Profile } from '../targets/Profile.js';
import type { TestRecord } from './TestRecord.js';

/**
 * A run's tests in the order a plan plays them (suites by name, tests as their file declares them,
 * tests the plan does not know last): suites side by side end in another order than their plan's.
 */
export function inPlanOrder(tests: readonly TestRecord[]): TestRecord[] {
  const fixtures = loadPlanFixtures();
  const index = (t: TestRecord) => {
    const i = fixtures.get(t.suite)?.tests.findIndex((x) => x.test === t.test) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...tests].sort((a, b) => a.suite.localeCompare(b.suite) || index(a) - index(b));
}

/** What tests did in documented-rate minutes (RateClock.ts) played in the order given, with their calls and creates. */
export function documentedCost(spec: Spec, tests: readonly TestRecord[], profile: Pick<Profile, 'createTimes' | 'polling' | 'rateLimits'>): { minutes: number; creates: number; calls: number } {
  const clock = new RateClock(spec, targetTiming(profile));
  let ms = 0;
  let creates = 0;
  let calls = 0;
  for (const t of tests) {
    const c = clock.play(t.trace);
    ms += costMs(c);
    creates += createCount(c);
    calls += callCount(c);
  }
  return { minutes: Math.round((ms / 60_000) * 10) / 10, creates, calls };
}
