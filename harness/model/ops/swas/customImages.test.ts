import { describe, expect, it } from 'vitest';
import { DAT1, PEER, SERVER1, SERVER2, SYS1, SYS2, expectError, expectKnownRules, peerServer, peerSnapshot, swasKit } from './swasTestKit.js';

describe('CreateCustomImage', () => {
  it('creates an image that is "4" until the delay has passed, then "1"', async () => {
    const k = swasKit({ delays: { snapshotMs: 300, imageMs: 1000 } });
    const { ImageId } = await k.body('CreateCustomImage', {
      InstanceId: SERVER1, SystemSnapshotId: SYS1, DataSnapshotId: DAT1, ImageName: 'web-1', Description: 'd',
      'Tag.1.Key': 'env', 'Tag.1.Value': 'test',
    });
    const [item] = await k.images({ ImageIds: JSON.stringify([ImageId]) });
    expect(item).toMatchObject({
      ImageId, Name: 'web-1', Status: '4', InShare: false, InShareUser: false, InstanceId: SERVER1, InstanceName: 'server-1',
      SystemSnapshotId: SYS1, DataSnapshotId: DAT1, Description: 'd', RegionId: 'cn-hangzhou', Tags: [{ Key: 'env', Value: 'test' }],
    });
    k.advance(999);
    expect((await k.images())[0]!['Status']).toBe('4');
    k.advance(1);
    expect((await k.images())[0]!['Status']).toBe('1');
  });

  it('holds 3 images per server for the main account (3 servers: 9), the 10th fails', async () => {
    const k = swasKit();
    for (let i = 1; i <= 9; i++) expect((await k.image(`img-${i}`)).kind).toBe('ok');
    const over = await k.image('img-10');
    expectError(over, 'CustomImageQuotaLimit');
    expect(over.rules).toContain('swas.quota.CustomImagesPerServer');
    expect(await k.images()).toHaveLength(9);
  });

  it('caps the peer account (6 servers) at 15, the 16th fails', async () => {
    const k = swasKit();
    for (let i = 1; i <= 15; i++) {
      const n = (i % 6) + 1;
      expect((await k.image(`img-${i}`, { InstanceId: peerServer(n), SystemSnapshotId: peerSnapshot(n) }, PEER)).kind).toBe('ok');
    }
    const over = await k.image('img-16', { InstanceId: peerServer(1), SystemSnapshotId: peerSnapshot(1) }, PEER);
    expectError(over, 'CustomImageQuotaLimit');
    expect(over.rules).toContain('swas.quota.CustomImagesMax');
  });

  it('counts images still being created, and a delete frees quota', async () => {
    const k = swasKit({ delays: { snapshotMs: 1, imageMs: 1_000_000 } });
    const ids: string[] = [];
    for (let i = 1; i <= 9; i++) ids.push((await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: `img-${i}` }))['ImageId']);
    expectError(await k.image('img-10'), 'CustomImageQuotaLimit');
    await k.body('DeleteCustomImage', { ImageId: ids[0]! });
    expect((await k.image('img-10')).kind).toBe('ok');
  });

  it('refuses a snapshot of another server, or one still in progress', async () => {
    const k = swasKit();
    expectError(await k.image('img-a', { SystemSnapshotId: SYS2 }), 'InvalidParam.SystemSnapshotIdNotSupport');
    const { SnapshotId } = await k.body('CreateSnapshot', { DiskId: `d-${SERVER2.slice(-10)}sys`, SnapshotName: 'fresh' });
    expectError(await k.image('img-a', { InstanceId: SERVER2, SystemSnapshotId: SnapshotId }), 'InvalidParam.SystemSnapshotIdNotSupport');
    k.advance(1000);
    expect((await k.image('img-a', { InstanceId: SERVER2, SystemSnapshotId: SnapshotId })).kind).toBe('ok');
  });

  it('sees resources of the addressed region only', async () => {
    const k = swasKit();
    expectError(await k.image('img-a', { RegionId: 'cn-beijing' }), 'InvalidInstanceId.NotFound');
    await k.image('img-a');
    expect(await k.images({ RegionId: 'cn-beijing' })).toEqual([]);
    expect(await k.images()).toHaveLength(1);
  });

  it('keeps accounts apart: names and images of one account are invisible to the other', async () => {
    const k = swasKit();
    await k.image('img-a');
    expect(await k.images({}, PEER)).toEqual([]);
    expect((await k.image('img-a', { InstanceId: peerServer(1), SystemSnapshotId: peerSnapshot(1) }, PEER)).kind).toBe('ok');
    expectError(await k.image('img-b', { InstanceId: peerServer(1), SystemSnapshotId: SYS1 }, PEER), 'InvalidParam.SystemSnapshotIdNotFound');
  });

  it('answers the first result for a repeated ClientToken, and a mismatch for other parameters', async () => {
    const k = swasKit();
    const first = await k.image('img-a', { ClientToken: 'token-1' });
    const again = await k.image('img-a', { ClientToken: 'token-1' });
    expect(again.kind === 'ok' && first.kind === 'ok' && again.body['ImageId']).toBe(first.kind === 'ok' && first.body['ImageId']);
    expect(again.rules).toContain('swas.idempotence.ClientTokenSameResult');
    expect(await k.images()).toHaveLength(1);
    expectError(await k.image('img-b', { ClientToken: 'token-1' }), 'IdempotentParameterMismatch');
    expect(await k.images()).toHaveLength(1);
  });

  it('keeps the quota under concurrent creates at the edge', async () => {
    const k = swasKit();
    for (let i = 1; i <= 8; i++) await k.image(`img-${i}`);
    const answers = await Promise.all([1, 2, 3, 4].map((i) => k.image(`race-${i}`)));
    expect(answers.filter((a) => a.kind === 'ok')).toHaveLength(1);
    expect(await k.images()).toHaveLength(9);
  });

  it('keeps names unique under concurrent creates', async () => {
    const k = swasKit();
    const answers = await Promise.all([1, 2, 3].map(() => k.image('same-name')));
    expect(answers.filter((a) => a.kind === 'ok')).toHaveLength(1);
    answers.filter((a) => a.kind === 'error').forEach((a) => expectError(a, 'ImageNameAlreadyExist'));
  });
});

describe('share and delete', () => {
  it('refuses to delete a shared image until it is unshared (batch and single)', async () => {
    const k = swasKit();
    const { ImageId } = await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' });
    await k.body('ModifyImageShareStatus', { ImageId, Operation: 'Share' });
    expect((await k.images())[0]!['InShare']).toBe(true);
    const batch = await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([ImageId]) });
    expectError(batch, 'CustomImageInShare');
    expect(batch.rules).toContain('swas.state.ShareBeforeDelete');
    expect((await k.call('DeleteCustomImage', { ImageId })).rules).toContain('swas.state.ShareBeforeDeleteSingle');
    await k.body('ModifyImageShareStatus', { ImageId, Operation: 'UnShare' });
    expect((await k.images())[0]!['InShare']).toBe(false);
    await k.body('DeleteCustomImages', { ImageIds: JSON.stringify([ImageId]) });
    expect(await k.images()).toEqual([]);
    expectError(await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([ImageId]) }), 'InvalidImageId.NotFound');
  });

  it('deletes nothing when one id of a batch is unknown or shared; duplicates are fine', async () => {
    const k = swasKit();
    const a = (await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' }))['ImageId'];
    const b = (await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-b' }))['ImageId'];
    expectError(await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([a, 'm-unknown']) }), 'InvalidImageId.NotFound');
    await k.body('ModifyImageShareStatus', { ImageId: b, Operation: 'Share' });
    expectError(await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([a, b]) }), 'CustomImageInShare');
    expect(await k.images()).toHaveLength(2);
    await k.body('DeleteCustomImages', { ImageIds: JSON.stringify([a, a]) });
    expect((await k.images()).map((i) => i['ImageId'])).toEqual([b]);
  });

  it('answers success again for a repeated delete with the same ClientToken', async () => {
    const k = swasKit();
    const { ImageId } = await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' });
    const params = { ImageIds: JSON.stringify([ImageId]), ClientToken: 'delete-1' };
    await k.body('DeleteCustomImages', params);
    expect((await k.call('DeleteCustomImages', params)).kind).toBe('ok');
  });

  it('treats a repeated Share or UnShare, and sharing an image still being created, as success', async () => {
    const k = swasKit({ delays: { snapshotMs: 1, imageMs: 1_000_000 } });
    const { ImageId } = await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' });
    for (const op of ['Share', 'Share', 'UnShare', 'UnShare']) expect((await k.call('ModifyImageShareStatus', { ImageId, Operation: op })).kind).toBe('ok');
    expect((await k.images())[0]).toMatchObject({ Status: '4', InShare: false });
  });
});

describe('ListCustomImages', () => {
  it('filters, pages newest first, and answers the pagination fields as strings', async () => {
    const k = swasKit();
    const ids: string[] = [];
    for (let i = 1; i <= 9; i++) {
      ids.push((await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: `img-${i}`, ...(i === 3 ? { DataSnapshotId: DAT1, 'Tag.1.Key': 'k', 'Tag.1.Value': 'v', ResourceGroupId: 'rg-1' } : {}) }))['ImageId']);
      k.advance(1000);
    }
    const first = await k.body('ListCustomImages');
    expect(first).toMatchObject({ TotalCount: '9', PageNumber: '1', PageSize: '10' });
    expect(first['CustomImages'].map((i: { ImageId: string }) => i.ImageId)).toEqual([...ids].reverse());
    const third = await k.body('ListCustomImages', { PageNumber: '3', PageSize: '4' });
    expect(third).toMatchObject({ TotalCount: '9', PageNumber: '3', PageSize: '4' });
    expect(third['CustomImages'].map((i: { ImageId: string }) => i.ImageId)).toEqual([ids[0]]);
    const one = [ids[2]];
    expect((await k.images({ ImageNames: '["img-3"]' })).map((i) => i['ImageId'])).toEqual(one);
    expect((await k.images({ DataSnapshotId: DAT1 })).map((i) => i['ImageId'])).toEqual(one);
    expect((await k.images({ 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' })).map((i) => i['ImageId'])).toEqual(one);
    expect((await k.images({ 'Tag.1.Key': 'k', 'Tag.1.Value': 'other' }))).toEqual([]);
    expect((await k.images({ ResourceGroupId: 'rg-1' })).map((i) => i['ImageId'])).toEqual(one);
    expect(await k.images({ InstanceId: SERVER2 })).toEqual([]);
    expect(await k.images({ SystemSnapshotId: SYS1 })).toHaveLength(9);
    await k.body('ModifyImageShareStatus', { ImageId: ids[4]!, Operation: 'Share' });
    expect((await k.images({ Share: 'true' })).map((i) => i['ImageId'])).toEqual([ids[4]]);
    expect(await k.images({ Share: 'false' })).toHaveLength(8);
    expect((await k.images({ ImageIds: JSON.stringify([ids[0], ids[4]]), Share: 'true' })).map((i) => i['ImageId'])).toEqual([ids[4]]);
  });

  it('fills the item from the server and the snapshots', async () => {
    const k = swasKit();
    await k.image('img-a', { DataSnapshotId: DAT1 });
    expect((await k.images())[0]).toMatchObject({
      SystemSnapshotName: 'seed-system-sys1', DataSnapshotName: 'seed-data-dat1', RequiredSystemDiskSize: 40, RequiredDataDiskSize: 20,
      UserId: 1000000000000001, CreateInstances: [],
    });
  });

  it('names only rule ids of the catalogue', () => expectKnownRules());
});
