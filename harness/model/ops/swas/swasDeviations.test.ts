import { describe, expect, it } from 'vitest';
import { DAT1, PEER, SERVER1, SYS1, diskOf, expectError, expectKnownRules, matchesSchema, peerServer, peerSnapshot, swasKit, type SwasKit } from './swasTestKit.js';

const fill = async (k: SwasKit, n: number) => { for (let i = 1; i <= n; i++) await k.image(`img-${i}`); };
const fillPeer = async (k: SwasKit, n: number) => {
  for (let i = 1; i <= n; i++) await k.image(`img-${i}`, { InstanceId: peerServer((i % 6) + 1), SystemSnapshotId: peerSnapshot((i % 6) + 1) }, PEER);
};
const created = async (k: SwasKit, name: string) => (await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: name }))['ImageId'] as string;
const okCount = (answers: { kind: string }[]) => answers.filter((a) => a.kind === 'ok').length;

describe('SWAS model deviations change what the model answers', () => {
  it('quota-off-by-one lets a 10th image in for the main account', async () => {
    const k = swasKit({ deviations: ['quota-off-by-one'] });
    await fill(k, 9);
    expect((await k.image('img-10')).kind).toBe('ok');
    expectError(await k.image('img-11'), 'CustomImageQuotaLimit');
  });

  it('quota-ignores-servers allows 15 images to a 3-server account', async () => {
    const k = swasKit({ deviations: ['quota-ignores-servers'] });
    await fill(k, 15);
    expect(await k.images()).toHaveLength(15);
    expectError(await k.image('img-16'), 'CustomImageQuotaLimit');
  });

  it('quota-ignores-cap allows 18 images to a 6-server account', async () => {
    const k = swasKit({ deviations: ['quota-ignores-cap'] });
    await fillPeer(k, 18);
    expect(await k.images({}, PEER)).toHaveLength(18);
  });

  it('race-quota lets concurrent creates at the edge overrun the quota', async () => {
    const k = swasKit({ deviations: ['race-quota'] });
    await fill(k, 8);
    expect(okCount(await Promise.all([1, 2, 3, 4].map((i) => k.image(`race-${i}`))))).toBe(4);
    expect(await k.images()).toHaveLength(12);
  });

  it('race-name lets concurrent creates with one name all succeed', async () => {
    const k = swasKit({ deviations: ['race-name'] });
    expect(okCount(await Promise.all([1, 2, 3].map(() => k.image('same-name'))))).toBe(3);
    expectError(await k.image('same-name'), 'ImageNameAlreadyExist'); // sequential calls still see the name
  });

  it('delete-shared-allowed deletes an image shared to ECS', async () => {
    const k = swasKit({ deviations: ['delete-shared-allowed'] });
    const id = await created(k, 'img-a');
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'Share' });
    expect((await k.call('DeleteCustomImage', { ImageId: id })).kind).toBe('ok');
    expect(await k.images()).toEqual([]);
  });

  it('in-share-stuck keeps InShare true after UnShare; the delete check uses the real flag', async () => {
    const k = swasKit({ deviations: ['in-share-stuck'] });
    const id = await created(k, 'img-a');
    expect((await k.images())[0]!['InShare']).toBe(false);
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'Share' });
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' });
    expect((await k.images())[0]!['InShare']).toBe(true);
    expect((await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([id]) })).kind).toBe('ok');
  });

  it('stale-list-after-delete keeps listing deleted images', async () => {
    const k = swasKit({ deviations: ['stale-list-after-delete'] });
    const id = await created(k, 'img-a');
    await k.body('DeleteCustomImages', { ImageIds: JSON.stringify([id]) });
    expect((await k.images()).map((i) => i['ImageId'])).toEqual([id]);
    expectError(await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([id]) }), 'InvalidImageId.NotFound');
  });

  it('deleted-quota-leak: a delete at the quota edge frees no slot', async () => {
    for (const [deviations, next] of [[[], 'ok'], [['deleted-quota-leak'], 'CustomImageQuotaLimit']] as const) {
      const k = swasKit({ deviations: [...deviations] });
      await fill(k, 9);
      const [first] = await k.images();
      await k.body('DeleteCustomImages', { ImageIds: JSON.stringify([first!['ImageId']]) });
      const again = await k.image('img-again');
      expect(again.kind === 'ok' ? 'ok' : again.code).toBe(next);
    }
  });

  it('reshare-flag-lost: InShare follows the first Share only; the delete check uses the real flag', async () => {
    const k = swasKit({ deviations: ['reshare-flag-lost'] });
    const id = await created(k, 'img-a');
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'Share' });
    expect((await k.images())[0]!['InShare']).toBe(true);
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' });
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'Share' });
    expect((await k.images())[0]!['InShare']).toBe(false);
    expectError(await k.call('DeleteCustomImages', { ImageIds: JSON.stringify([id]) }), 'CustomImageInShare');
  });

  it('data-snapshot-unchecked accepts an unknown DataSnapshotId', async () => {
    const k = swasKit({ deviations: ['data-snapshot-unchecked'] });
    expect((await k.image('img-a', { DataSnapshotId: 's-unknown' })).kind).toBe('ok');
  });

  it('system-snapshot-any-disk accepts a data-disk snapshot as SystemSnapshotId', async () => {
    const k = swasKit({ deviations: ['system-snapshot-any-disk'] });
    expect((await k.image('img-a', { SystemSnapshotId: DAT1 })).kind).toBe('ok');
  });

  it('snapshot-limit-off lets a server take a 4th snapshot', async () => {
    const k = swasKit({ deviations: ['snapshot-limit-off'] });
    await k.body('CreateSnapshot', { DiskId: diskOf(SERVER1, 'sys'), SnapshotName: 'snap-a' });
    k.advance(1000);
    expect((await k.call('CreateSnapshot', { DiskId: diskOf(SERVER1, 'dat'), SnapshotName: 'snap-b' })).kind).toBe('ok');
  });

  it('operation-case-insensitive accepts "share" (with the enum check off, as the deviation catalogue pairs it)', async () => {
    const skipChecks = new Set(['swas.ModifyImageShareStatus.param.Operation.enum']);
    const strict = swasKit({ skipChecks });
    expectError(await strict.call('ModifyImageShareStatus', { ImageId: await created(strict, 'img-a'), Operation: 'share' }), 'InvalidParam.OperationIllegal');
    const k = swasKit({ skipChecks, deviations: ['operation-case-insensitive'] });
    const id = await created(k, 'img-a');
    expect((await k.call('ModifyImageShareStatus', { ImageId: id, Operation: 'share' })).kind).toBe('ok');
    expect((await k.images())[0]!['InShare']).toBe(true);
    expectError(await k.call('ModifyImageShareStatus', { ImageId: id, Operation: 'shared' }), 'InvalidParam.OperationIllegal');
  });

  it('image-ids-malformed-accepted reads a bare comma-separated ImageIds (with JSON decoding off)', async () => {
    const skipChecks = new Set(['swas.DeleteCustomImages.param.ImageIds.jsonArray']);
    const strict = swasKit({ skipChecks });
    const ids = [await created(strict, 'img-a'), await created(strict, 'img-b')];
    expectError(await strict.call('DeleteCustomImages', { ImageIds: ids.join(',') }), 'InvalidImageId.NotFound');
    const k = swasKit({ skipChecks, deviations: ['image-ids-malformed-accepted'] });
    const mine = [await created(k, 'img-a'), await created(k, 'img-b')];
    expect((await k.call('DeleteCustomImages', { ImageIds: mine.join(',') })).kind).toBe('ok');
    expect(await k.images()).toEqual([]);
  });

  it('total-count-number answers the pagination fields as numbers, against the schema', async () => {
    const k = swasKit({ deviations: ['total-count-number'], schemaCheck: false });
    const body = await k.body('ListCustomImages');
    expect(body).toMatchObject({ TotalCount: 0, PageNumber: 1, PageSize: 10 });
    expect(matchesSchema('ListCustomImages', body)).toBe(false);
  });

  it('name-field-renamed carries ImageName instead of Name', async () => {
    const k = swasKit({ deviations: ['name-field-renamed'], schemaCheck: false });
    await k.image('img-a');
    const [item] = await k.images();
    expect(item).toMatchObject({ ImageName: 'img-a' });
    expect(item).not.toHaveProperty('Name');
  });

  it('names only rule ids of the catalogue', () => expectKnownRules());
});
