import { describe, expect, it } from 'vitest';
import type { Profile } from '../targets/Profile.js';
import { suiteOf, suiteTimeScale } from './suiteTimeScale.js';

const profile = (timeScale?: number) => ({ rateLimits: { enforced: true, ...(timeScale !== undefined && { timeScale }) } }) as Profile;

describe('suiteTimeScale', () => {
  it("gives a suite the harness chose a scale for that scale, and the others the profile's", () => {
    const config = { profile: profile(0.01), timeScales: { 'rate-limits': 0.1 } };
    expect(suiteTimeScale(config, 'rate-limits')).toBe(0.1);
    expect(suiteTimeScale(config, 'concurrency')).toBe(0.01);
  });

  it("uses the profile's scale without choices (user targets), and real time without one", () => {
    expect(suiteTimeScale({ profile: profile(0.01) }, 'rate-limits')).toBe(0.01);
    expect(suiteTimeScale({ profile: profile() }, 'rate-limits')).toBe(1);
    expect(suiteTimeScale({ profile: {} as Profile, timeScales: {} }, 'state')).toBe(1);
  });

  it('names a suite after its file', () => {
    expect(suiteOf('/x/suites/rate-limits.suite.ts')).toBe('rate-limits');
    expect(suiteOf('suites/errors-swas-images.suite.ts')).toBe('errors-swas-images');
  });
});
