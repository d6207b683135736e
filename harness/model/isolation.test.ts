import { describe, expect, it } from 'vitest';
import { Model } from './Model.js';
import type { ModelDeviation } from './modelDeviations.js';
import { SEED, seedState } from './seed.js';

// The model's reading of who may see and do what (spec/rules/isolation.json), and each isolation
// deviation bending exactly that. The suite's checks of the same are suites/isolation/.
const MAIN: string = SEED.main.accountId;
const PEER: string = SEED.peer.accountId;
const SYS1 = 's-seed00000000sys1';
const SERVER = SEED.main.servers[0];

function world(...deviations: ModelDeviation[]) {
  const model = new Model(seedState(), { rateLimits: false, deviations: new Set(deviations), delays: { snapshotMs: 0, imageMs: 0 } });
  const call = (product: 'swas' | 'ecs', action: string, params: Record<string, string> = {}, accountId = MAIN, RegionId: string = SEED.region) =>
    model.handle({ product, action, params: { RegionId, ...params }, accountId }) as Promise<{ kind: string; code?: string; httpStatus?: number; body: Record<string, any> }>;
  const ecsImage = async () => (await call('ecs', 'CreateImage', { SnapshotId: SEED.main.ecsSnapshot, ImageName: 'isoimage' })).body['ImageId'] as string;
  const customImage = async () => (await call('swas', 'CreateCustomImage', { InstanceId: SERVER, SystemSnapshotId: SYS1, ImageName: 'isocustom' })).body['ImageId'] as string;
  const seen = async (id: string, accountId: string, alias?: string, region?: string) =>
    ((await call('ecs', 'DescribeImages', { ImageId: id, Status: 'Creating,Available', ...(alias && { ImageOwnerAlias: alias }) }, accountId, region)).body['Images']?.Image ?? []) as Record<string, unknown>[];
  return { model, call, ecsImage, customImage, seen };
}

describe('isolation in the model', () => {
  it('an image shared with the peer is its under others only, untouchable, and gone for it once revoked', async () => {
    const w = world();
    const id = await w.ecsImage();
    expect(await w.seen(id, PEER)).toEqual([]);
    await w.call('ecs', 'ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': PEER });
    expect((await w.seen(id, PEER, 'others')).map((i) => i['ImageOwnerAlias'])).toEqual(['others']);
    expect(await w.seen(id, PEER, 'self')).toEqual([]);
    for (const [action, params] of [['ModifyImageAttribute', { ImageName: 'taken' }], ['ModifyImageSharePermission', { 'RemoveAccount.1': PEER }], ['DeleteImage', {}], ['DescribeImageSharePermission', {}]] as const) {
      expect(await w.call('ecs', action, { ImageId: id, ...params }, PEER)).toMatchObject({ kind: 'error', code: 'InvalidImageId.NotFound' });
    }
    expect(await w.seen(id, MAIN, 'self', 'cn-shanghai')).toEqual([]);
    expect(await w.call('ecs', 'DeleteImage', { ImageId: id }, MAIN, 'cn-shanghai')).toMatchObject({ code: 'InvalidImageId.NotFound' });
    await w.call('ecs', 'ModifyImageSharePermission', { ImageId: id, 'RemoveAccount.1': PEER });
    expect(await w.seen(id, PEER)).toEqual([]);
  });

  it('a snapshot an image was made from goes after the image', async () => {
    const w = world();
    const id = await w.customImage();
    expect(await w.call('swas', 'DeleteSnapshot', { SnapshotId: SYS1 })).toMatchObject({ kind: 'error', httpStatus: 403, code: 'SnapshotCreatedImage' });
    await w.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([id]) });
    expect(await w.call('swas', 'DeleteSnapshot', { SnapshotId: SYS1 })).toMatchObject({ kind: 'ok' });
    const bent = world('backing-snapshot-deletable');
    await bent.customImage();
    expect(await bent.call('swas', 'DeleteSnapshot', { SnapshotId: SYS1 })).toMatchObject({ kind: 'ok' });
  });

  it.each([
    ['recipient-modifies', 'ModifyImageAttribute', { ImageName: 'taken' }],
    ['recipient-reshares', 'ModifyImageSharePermission', { 'AddAccount.1': SEED.shareTargets[0]! }],
    ['recipient-reads-shares', 'DescribeImageSharePermission', {}],
    ['cross-account-delete', 'DeleteImage', {}],
  ] as [ModelDeviation, string, Record<string, string>][])('%s: the recipient\'s %s succeeds', async (deviation, action, params) => {
    const w = world(deviation);
    const id = await w.ecsImage();
    await w.call('ecs', 'ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': PEER });
    expect(await w.call('ecs', action, { ImageId: id, ...params }, PEER)).toMatchObject({ kind: 'ok' });
  });

  it('the listing deviations show what must stay hidden', async () => {
    const w = world('unshared-visible', 'region-leak-ecs');
    const id = await w.ecsImage();
    expect(await w.seen(id, PEER, 'others')).toHaveLength(1);
    expect(await w.seen(id, MAIN, 'self', 'cn-shanghai')).toHaveLength(1);
    const s = world('lists-all-accounts', 'cross-account-share-status');
    const image = await s.customImage();
    expect((await s.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify([image]) }, PEER)).body['CustomImages']).toHaveLength(1);
    expect(await s.call('swas', 'ModifyImageShareStatus', { ImageId: image, Operation: 'Share' }, PEER)).toMatchObject({ kind: 'ok' });
  });
});
