import { UsageError } from '../errors/ToolError.js';
import { buildWorld } from '../model/world/buildWorld.js';
import type { RunArgs } from '../run/parseRunArgs.js';
import { loadProfile } from '../targets/loadProfile.js';
import { EMULATOR_PROFILE } from '../targets/resolveTarget.js';
import { worldProfile } from '../targets/worldProfile.js';
import type { PlanTarget } from './PlanTarget.js';

/**
 * The target of `run --plan` from the run's flags, as `run` would see it, without starting or
 * calling anything: the profile (the bundled emulator's, or the one named), what the run may do there.
 */
export function planTargetOf(args: Pick<RunArgs, 'target' | 'profile' | 'allowMutations' | 'rateLimitTests' | 'worldSeed'>): PlanTarget {
  const t = args.target;
  if (t === 'emulator' || t === 'mock') {
    const profile = worldProfile(buildWorld(args.worldSeed ?? 0), loadProfile(args.profile ?? EMULATOR_PROFILE));
    return { kind: t, label: t, profile, allowMutations: profile.allowMutations ?? true, rateLimitTests: true };
  }
  const url = /^https?:\/\/[^\s/]+\/?$/.test(t);
  if (t !== 'cloud' && !url) throw new UsageError(`--target '${t}' is not valid (expected emulator, mock, cloud or an http(s)://host:port URL)`);
  if (!args.profile) throw new UsageError(`--target ${t} needs --profile FILE (region, accounts, root resources${t === 'cloud' ? '' : ', credentials'})`);
  const profile = loadProfile(args.profile);
  if (t === 'cloud') return { kind: 'cloud', label: `cloud:${profile.region}`, profile, allowMutations: args.allowMutations, rateLimitTests: args.rateLimitTests };
  return { kind: 'url', label: t.replace(/\/$/, ''), profile, allowMutations: profile.allowMutations ?? true, rateLimitTests: true };
}
