import { describe, expect, it } from 'vitest';
import { Model } from '../Model.js';
import { accountExists } from '../accountExists.js';
import { SEED, seedState } from '../seed.js';
import { buildWorld } from './buildWorld.js';

const main = (seed: number) => {
  const w = buildWorld(seed);
  return { w, account: w.state.accounts.get(w.main.accountId)! };
};

describe('buildWorld', () => {
  it('world 0 is the default seed, unchanged', () => {
    const w = buildWorld(0);
    expect(w.state).toEqual(seedState());
    expect(w.main.accountId).toBe(SEED.main.accountId);
    expect(w.servers).toEqual({ running: [...SEED.main.servers], stopped: [], disabled: [SEED.main.disabledServer] });
    expect(accountExists(w.state, w.unknownAccountId)).toBe(false);
  });

  it('the same number gives the same world, another number another one', () => {
    expect(buildWorld(4)).toEqual(buildWorld(4));
    const [a, b] = [buildWorld(4), buildWorld(5)];
    expect(a.main.accountId).not.toBe(b.main.accountId);
    expect(a.servers.running[0]).not.toBe(b.servers.running[0]);
  });

  it('varies the account-id convention, and its unknown account never exists while its share targets do', () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const w = buildWorld(seed);
      kinds.add(w.state.accountConvention?.kind ?? 'listed');
      expect(accountExists(w.state, w.unknownAccountId), `world ${seed}`).toBe(false);
      expect(w.shareTargets.every((id) => accountExists(w.state, id)), `world ${seed}`).toBe(true);
      expect(w.shareTargets.length).toBeGreaterThan(51);
      expect(w.unknownAccountId).toMatch(/^[1-9][0-9]{15}$/);
    }
    expect([...kinds].sort()).toEqual(['any-except', 'listed', 'prefix']);
  });

  it('varies how many servers the main account has and in which states, always with one Running', () => {
    const mixes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const { w, account } = main(seed);
      expect(w.servers.running.length).toBeGreaterThanOrEqual(1);
      for (const [state, ids] of Object.entries(w.servers)) {
        for (const id of ids) expect(account.servers.get(id)?.Status.toLowerCase()).toBe(state);
      }
      mixes.add(`${w.servers.running.length}/${w.servers.stopped.length}/${w.servers.disabled.length}`);
    }
    expect(mixes.size).toBeGreaterThan(8);
  });

  it('serves its own keys and accounts: the main account answers with its servers, the default keys are unknown', async () => {
    const { w } = main(6);
    const model = new Model(w.state, { rateLimits: false });
    const listed = await model.handle({ product: 'swas', action: 'ListInstances', params: { RegionId: w.region, PageSize: '100' }, accountId: w.main.accountId });
    expect(listed.kind).toBe('ok');
    const ids = ((listed as unknown as { body: { Instances: { InstanceId: string }[] } }).body.Instances).map((i) => i.InstanceId).sort();
    expect(ids).toEqual([...w.servers.running, ...w.servers.stopped, ...w.servers.disabled].sort());
    expect(await model.handle({ product: 'swas', action: 'ListInstances', params: { RegionId: w.region }, accountId: SEED.main.accountId })).toMatchObject({ code: 'InvalidAccessKeyId.NotFound' });
  });
});
