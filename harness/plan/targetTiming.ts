import type { Profile } from '../targets/Profile.js';
import { createdKind, createTime } from './createTimes.js';

/**
 * What the target's clock means for a plan, in documented-rate ms: how long what a call of `op`
 * created takes to become usable (the profile's createTimes), and the polling interval of
 * `t.until` (the profile's `polling.intervalMs` at its time scale: 25 ms at 0.01 is 2.5 s).
 */
export interface TargetTiming {
  settleMs(op: string): number;
  pollMs: number;
}

export function targetTiming(profile: Pick<Profile, 'createTimes' | 'polling' | 'rateLimits'>): TargetTiming {
  const scale = profile.rateLimits?.timeScale ?? 1;
  return {
    settleMs: (op) => createTime(profile, createdKind(op) ?? ''),
    pollMs: (profile.polling?.intervalMs ?? 1000) / scale,
  };
}
