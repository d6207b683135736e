import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { buildWorld } from '../model/world/buildWorld.js';
import { EMULATOR_PROFILE } from './resolveTarget.js';
import { loadProfile } from './loadProfile.js';
import { regionEndpoints } from './regionEndpoints.js';
import { worldProfile } from './worldProfile.js';

const spec = getSpec();
const base = loadProfile(EMULATOR_PROFILE);

describe('secondRegion', () => {
  it('names another region in the default profile and in every world profile', () => {
    expect(base.secondRegion).toBeDefined();
    expect(base.secondRegion).not.toBe(base.region);
    for (const seed of [1, 2, 3, 9]) {
      const world = buildWorld(seed);
      const p = worldProfile(world, base);
      expect(p.secondRegion).toBe(world.secondRegion);
      expect(p.secondRegion).not.toBe(p.region);
      // Randomised worlds keep a main-account server there.
      expect([...world.state.accounts.get(world.main.accountId)!.servers.values()].some((s) => s.RegionId === world.secondRegion)).toBe(true);
    }
  });

  it('is called at its documented endpoints on the real cloud only', () => {
    expect(regionEndpoints(spec, base, 'emulator')).toBeUndefined();
    expect(regionEndpoints(spec, base, 'url')).toBeUndefined();
    const cloud = regionEndpoints(spec, base, 'cloud')!;
    expect(cloud[base.secondRegion!]).toEqual({ swas: `https://${spec.products.swas.endpoints[base.secondRegion!]}`, ecs: `https://${spec.products.ecs.endpoints[base.secondRegion!]}` });
    expect(() => regionEndpoints(spec, { ...base, secondRegion: 'xx-nowhere-9' }, 'cloud')).toThrow(/secondRegion 'xx-nowhere-9' has no documented swas endpoint/);
    expect(regionEndpoints(spec, { ...base, secondRegion: undefined as never }, 'cloud')).toBeUndefined();
  });
});
