import type { Rule } from '../../spec/index.js';
import { MUTATIONS_OFF, unreachableReason } from '../conformance/unreachableReason.js';
import type { RunConfig } from '../run/RunConfig.js';
import type { Profile } from '../targets/Profile.js';

/** What a plan needs to know of the target: its kind, profile, and what the run allows there. */
export interface PlanTarget {
  kind: RunConfig['target']['kind'];
  label: string;
  profile: Profile;
  allowMutations: boolean;
  rateLimitTests: boolean;
}

/** Why `rule` cannot be checked on the target by a test (mutating or not), if it cannot; as Conformance and the rate-limit suites decide. */
export function leftOutReason(target: PlanTarget, rule: Rule, mutates: boolean, testRules: readonly Rule[]): string | undefined {
  const unreachable = unreachableReason(rule, target.kind === 'cloud');
  if (unreachable) return unreachable;
  if (mutates && !target.allowMutations) return MUTATIONS_OFF;
  // The rate-limit suites check their operations' rates in one test, and only with rate-limit tests on.
  if (testRules.some((r) => r.kind === 'rate-limit')) {
    if (!target.rateLimitTests) return 'rate-limit tests are off for this target (run with --rate-limit-tests)';
    if (target.profile.rateLimits?.enforced === false) return 'the profile says the target does not enforce rate limits (rateLimits.enforced is false)';
  }
  return undefined;
}
