import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { RuleTest } from '../conformance/RuleTest.js';
import type { ModelDeviation } from '../model/modelDeviations.js';
import { SEED } from '../model/seed.js';
import type { Profile } from '../targets/Profile.js';
import { modelClient } from './modelClient.js';
import { watchRefusal } from './watchRefusal.js';

const spec = getSpec();
const rules = new Map(spec.rules.map((r) => [r.id, r]));
const profile = { name: 'test', region: SEED.region, endpoints: { swas: 'x', ecs: 'x' }, credentials: { accessKeyId: 'a', accessKeySecret: 'b' },
  accountId: SEED.main.accountId, polling: { intervalMs: 5, settleTimeoutMs: 1000 } } as Profile;
const [SERVER] = SEED.main.servers;
const SNAPSHOT = 's-seed00000000sys1';
const DELETE = 'swas.DeleteCustomImages.state.RefusalChangesNothing';
const CREATE = 'swas.CreateCustomImage.state.RefusalChangesNothing';

/** A RuleTest whose client is the reference model (with deviations), checking `watched`. */
function ruleTest(deviations: ModelDeviation[] = [], watched = [DELETE, CREATE]) {
  const { client, calls } = modelClient(deviations);
  const t = new RuleTest(spec, client, profile, 'acsctest', rules);
  for (const id of watched) t.refusalRules.add(id);
  return { t, calls };
}
const image = async (t: RuleTest, name: string) => String((await t.call('swas', 'CreateCustomImage', { InstanceId: SERVER!, SystemSnapshotId: SNAPSHOT, ImageName: name })).body?.['ImageId']);
const del = (t: RuleTest, ids: string[]) => {
  const params = { ImageIds: JSON.stringify(ids) };
  return watchRefusal(t, 'swas', 'DeleteCustomImages', params, () => t.call('swas', 'DeleteCustomImages', params, { retry: false }));
};
const verdicts = (t: RuleTest, id: string) => t.observations.filter((o) => o.ruleId === id).map((o) => o.verdict);

describe('watchRefusal', () => {
  it('passes a refusal that changes nothing, and warns (inferred rule) on one that deletes half a batch', async () => {
    for (const [devs, verdict] of [[[], 'pass'], [['batch-delete-partial'], 'warn']] as const) {
      const { t } = ruleTest([...devs]);
      const live = await image(t, 'acsctest-live');
      const r = await del(t, [live, 'm-acscnotfound0000001']);
      expect(r.status).toBe(404);
      expect(verdicts(t, DELETE)).toEqual([verdict]);
      if (verdict === 'warn') expect(t.observations.at(-1)!.received).toContain(`${live} is gone`);
    }
  });

  it('judges nothing for an accepted call, nor for ids that name nothing, nor when the test does not check the rule', async () => {
    const { t } = ruleTest();
    await del(t, [await image(t, 'acsctest-gone')]);
    await del(t, ['m-acscnotfound0000001']);
    expect(verdicts(t, DELETE)).toEqual([]);
    const other = ruleTest([], []);
    await del(other.t, [await image(other.t, 'acsctest-x'), 'm-acscnotfound0000001']);
    expect(other.t.observations).toEqual([]);
  });

  it('reads nothing before a create under a fresh name of the run, and finds an image a refused create left', async () => {
    const { t, calls } = ruleTest(['quota-refusal-leaves-image']);
    const fill = (n: number) => t.call('swas', 'CreateCustomImage', { InstanceId: SERVER!, SystemSnapshotId: SNAPSHOT, ImageName: `acsctest-fill${n}` });
    for (let n = 0; n < 15 && (await fill(n)).status === 200; n++);
    const params = { InstanceId: SERVER!, SystemSnapshotId: SNAPSHOT, ImageName: 'acsctest-over' };
    const before = calls.length;
    const r = await watchRefusal(t, 'swas', 'CreateCustomImage', params, () => t.call('swas', 'CreateCustomImage', params, { retry: false }));
    expect(r.body?.['Code']).toBe('CustomImageQuotaLimit');
    expect(calls.slice(before)).toEqual(['CreateCustomImage', 'ListCustomImages']);
    expect(verdicts(t, CREATE)).toEqual(['warn']);
  });

  it('reuses the reading after one refusal as the reading before the next', async () => {
    const { t, calls } = ruleTest();
    const live = await image(t, 'acsctest-reuse');
    const before = calls.length;
    await del(t, [live, 'm-acscnotfound0000001']);
    await del(t, [live, 'm-acscnotfound0000001']);
    expect(calls.slice(before)).toEqual(['ListCustomImages', 'DeleteCustomImages', 'ListCustomImages', 'DeleteCustomImages', 'ListCustomImages']);
    expect(verdicts(t, DELETE)).toEqual(['pass', 'pass']);
  });
});
