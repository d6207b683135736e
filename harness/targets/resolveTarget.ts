import { fileURLToPath } from 'node:url';
import type { Spec } from '../../spec/index.js';
import { startEmulator, type RunningEmulator } from '../emulator/startEmulator.js';
import { EMULATOR_DELAYS, EMULATOR_TIME_SCALES } from '../emulator/emulatorTimeScales.js';
import { MOCK_TIME_SCALES } from '../mock/mockTimeScales.js';
import { ToolError, UsageError } from '../errors/ToolError.js';
import type { RunConfig } from '../run/RunConfig.js';
import { buildWorld } from '../model/world/buildWorld.js';
import { loadProfile } from './loadProfile.js';
import { regionEndpoints } from './regionEndpoints.js';
import { worldProfile } from './worldProfile.js';
import type { Profile } from './Profile.js';

export const EMULATOR_PROFILE = fileURLToPath(new URL('../../fixtures/targets/emulator.json', import.meta.url));

export interface ResolvedTarget {
  kind: RunConfig['target']['kind'];
  label: string;
  profile: Profile;
  /** On a target whose clock the harness owns: the time scale it chose per suite (RunConfig.timeScales). */
  timeScales?: Readonly<Record<string, number>>;
  /**
   * On the bundled emulator: one more emulator per suite, serving the same starting world, so that
   * suites can run side by side; resolves with each suite's endpoints (stopped by `stop()`).
   */
  isolate?(suites: string[]): Promise<Record<string, { swas: string; ecs: string }>>;
  /** On a target whose clock the harness owns: the factor on asynchronous delays it chose per suite (RunConfig.delayScales; EMULATOR_DELAYS). */
  delayScales?: Readonly<Record<string, number>>;
  /** The bundled emulator when it is the target (the proxy hands requests to its core in-process). */
  emulator?: RunningEmulator;
  stop(): Promise<void>;
}

const withEndpoints = (p: Profile, swas: string, ecs: string): Profile => ({ ...p, endpoints: { swas, ecs } });

/**
 * Turns `--target` and `--profile` into a profile with concrete endpoints, starting the bundled
 * emulator when that is the target (on an ephemeral loopback port, stopped by `stop()`).
 */
export async function resolveTarget(spec: Spec, target: string, profilePath: string | undefined, deviations: string[], worldSeed?: number): Promise<ResolvedTarget> {
  const none = async () => {};
  if (deviations.length && target !== 'emulator' && target !== 'mock') throw new UsageError(`--deviation is only for the bundled emulator or mock, not for --target ${target}`);
  if (worldSeed !== undefined && target !== 'emulator' && target !== 'mock') throw new UsageError(`--world-seed is only for the bundled emulator or mock, not for --target ${target} (its world is its own)`);
  if (worldSeed !== undefined && profilePath) throw new UsageError('--world-seed builds the profile of its world; drop --profile (serve --world-seed N --write-profile FILE writes it, for use with a URL target)');
  if (target === 'emulator' || target === 'mock') {
    const world = buildWorld(worldSeed ?? 0);
    const profile = worldProfile(world, loadProfile(profilePath ?? EMULATOR_PROFILE));
    if (target === 'mock') {
      const host = (p: 'swas' | 'ecs') => `https://${spec.products[p].endpoints[profile.region] ?? ''}`;
      return { kind: 'mock', label: 'mock', profile: withEndpoints(profile, host('swas'), host('ecs')), timeScales: MOCK_TIME_SCALES, delayScales: EMULATOR_DELAYS, stop: none };
    }
    // Each emulator serves a world of its own (a world's state is what the emulator changes).
    const start = (w = buildWorld(worldSeed ?? 0), suite = '') => startEmulator({
      deviations, world: w, timeScale: profile.rateLimits?.timeScale ?? 1, rateLimits: profile.rateLimits?.enforced ?? true,
      // Scaled by the time scale (0.01: 30 ms): long enough for a client to see Creating / Progressing.
      // A suite that only waits for creates to finish gets them sooner (EMULATOR_DELAYS).
      delays: { snapshotMs: 3000 * (EMULATOR_DELAYS[suite] ?? 1), imageMs: 3000 * (EMULATOR_DELAYS[suite] ?? 1) },
    });
    const emulator = await start(world);
    const more: RunningEmulator[] = [];
    return {
      kind: 'emulator', label: 'emulator', profile: withEndpoints(profile, emulator.url, emulator.url), timeScales: EMULATOR_TIME_SCALES, delayScales: EMULATOR_DELAYS, emulator,
      isolate: async (suites) => Object.fromEntries(await Promise.all(suites.map(async (suite) => {
        const own = await start(undefined, suite);
        more.push(own);
        return [suite, { swas: own.url, ecs: own.url }] as const;
      }))),
      stop: async () => { await Promise.all([emulator, ...more].map((e) => e.close())); },
    };
  }
  if (target === 'cloud') {
    if (!profilePath) throw new UsageError('--target cloud needs --profile FILE (region, account id, accounts to share with, root resources)');
    const profile = loadProfile(profilePath);
    const host = (p: 'swas' | 'ecs') => {
      const h = spec.products[p].endpoints[profile.region];
      if (!h) throw new ToolError(`profile ${profilePath}: region '${profile.region}' has no documented ${p} endpoint`);
      return `https://${h}`;
    };
    regionEndpoints(spec, profile, 'cloud'); // a second region without documented endpoints is refused here, before any call
    return { kind: 'cloud', label: `cloud:${profile.region}`, profile: withEndpoints(profile, host('swas'), host('ecs')), stop: none };
  }
  if (/^https?:\/\/[^\s/]+\/?$/.test(target)) {
    if (!profilePath) throw new UsageError(`--target ${target} needs --profile FILE naming credentials, accounts and root resources`);
    const url = target.replace(/\/$/, '');
    return { kind: 'url', label: url, profile: withEndpoints(loadProfile(profilePath), url, url), stop: none };
  }
  throw new UsageError(`--target '${target}' is not valid (expected emulator, mock, cloud or an http(s)://host:port URL)`);
}
