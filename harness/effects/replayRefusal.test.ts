import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { ModelDeviation } from '../model/modelDeviations.js';
import { SEED } from '../model/seed.js';
import { ReplayIds } from '../replay/ReplayIds.js';
import type { SetupStep } from '../replay/SetupStep.js';
import type { Profile } from '../targets/Profile.js';
import { modelClient } from './modelClient.js';
import { replayRefusal } from './replayRefusal.js';

const spec = getSpec();
const rule = spec.rules.find((r) => r.id === 'swas.DeleteCustomImages.state.RefusalChangesNothing')!;
const polling = { intervalMs: 5, settleTimeoutMs: 1000 };
const profile = { name: 'test', region: SEED.region, endpoints: { swas: 'x', ecs: 'x' }, credentials: { accessKeyId: 'a', accessKeySecret: 'b' }, accountId: SEED.main.accountId, polling } as Profile;
const step = (action: string, params: Record<string, string>, extra: Partial<SetupStep> = {}): SetupStep => ({ product: 'swas', action, params: { RegionId: SEED.region, ...params }, signature: 'v3', status: 200, ...extra });
const RUN = '20260101T000000Z-abcdef';
// A failing case as a run records it: the image made, the refused batch, the read that saw the image gone.
const steps = (ids: string) => [
  step('CreateCustomImage', { InstanceId: SEED.main.servers[0], SystemSnapshotId: 's-seed00000000sys1', ImageName: 'acsc123456-live' }, { created: 'm-recorded' }),
  step('DeleteCustomImages', { ImageIds: ids }, { retry: false, status: 404, code: 'InvalidImageId.NotFound' }),
  step('ListCustomImages', { ImageIds: '["m-recorded"]', PageSize: '100' }),
];
const replay = (devs: ModelDeviation[], ids = '["m-recorded","m-acscnotfound0000001"]') =>
  replayRefusal(modelClient(devs).client, spec, profile, rule, steps(ids), new ReplayIds(RUN), polling, RUN, 'model');

describe('replayRefusal', () => {
  it('watches the refused call again on a new image: still fails where the deviation is on, passes now where it is not', async () => {
    const bad = await replay(['batch-delete-partial']);
    expect(bad.code).toBe(1);
    expect(bad.line).toMatch(/still fails .* is gone/);
    const good = await replay([]);
    expect(good).toMatchObject({ code: 0 });
    expect(good.line).toContain('passes now');
  });

  it('fails differently when the call is no longer refused', async () => {
    const r = await replay([], '["m-recorded"]');
    expect(r.code).toBe(1);
    expect(r.line).toContain('fails differently (the call is no longer refused: HTTP 200');
  });
});
