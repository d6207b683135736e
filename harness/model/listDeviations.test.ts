import { describe, expect, it } from 'vitest';
import { EcsBench } from './ops/ecs/ecsBench.js';
import { DAT1, SERVER1, SYS1, diskOf, swasKit } from './ops/swas/swasTestKit.js';
import type { ModelDeviation } from './modelDeviations.js';
import { SEED } from './seed.js';

/** The ids of one page of a SWAS list, and its TotalCount. */
async function page(deviations: ModelDeviation[], action: string, key: string, id: string, size: number, n: number) {
  const k = swasKit({ deviations });
  const body = await k.body(action, { PageSize: String(size), PageNumber: String(n) });
  return { ids: (body[key] as Record<string, string>[]).map((i) => i[id]), total: Number(body['TotalCount']) };
}

describe('the paging deviations get one page wrong, each on its own operation', () => {
  it('instances-total-of-page counts the page', async () => {
    expect((await page([], 'ListInstances', 'Instances', 'InstanceId', 1, 1)).total).toBe(3);
    expect((await page(['instances-total-of-page'], 'ListInstances', 'Instances', 'InstanceId', 1, 1)).total).toBe(1);
  });

  it('disks-past-end-repeats answers the last page again', async () => {
    expect((await page([], 'ListDisks', 'Disks', 'DiskId', 2, 3)).ids).toEqual([]);
    expect((await page(['disks-past-end-repeats'], 'ListDisks', 'Disks', 'DiskId', 2, 3)).ids).toEqual((await page([], 'ListDisks', 'Disks', 'DiskId', 2, 2)).ids);
  });

  it('snapshots-page-skips-item starts page 2 one item late', async () => {
    const clean = [1, 2, 3].map((n) => page([], 'ListSnapshots', 'Snapshots', 'SnapshotId', 1, n));
    const skipped = await page(['snapshots-page-skips-item'], 'ListSnapshots', 'Snapshots', 'SnapshotId', 1, 2);
    expect(skipped.ids).toEqual((await clean[2]!).ids);
  });

  it('custom-images-pages-overlap starts page 2 one image early', async () => {
    const k = swasKit({ deviations: ['custom-images-pages-overlap'] });
    for (const name of ['img-a', 'img-b']) await k.image(name);
    const ids = async (n: number) => (await k.body('ListCustomImages', { PageSize: '1', PageNumber: String(n) }))['CustomImages'].map((i: { ImageId: string }) => i.ImageId);
    expect(await ids(2)).toEqual(await ids(1));
  });

  it('ecs-images-page-from-zero answers page 2 for PageNumber 1, the first page without PageNumber', async () => {
    const b = new EcsBench({ deviations: new Set(['ecs-images-page-from-zero']) });
    await b.image();
    const ids = async (params: Record<string, string>) => (await b.images({ ImageOwnerAlias: 'self', PageSize: '1', ...params })).map((i) => i['ImageId']);
    const first = await ids({});
    expect(await ids({ PageNumber: '1' })).not.toEqual(first);
  });

  it('share-accounts-page-size-ignored answers pages of 10', async () => {
    const b = new EcsBench({ deviations: new Set(['share-accounts-page-size-ignored']) });
    const id = await b.image();
    await b.shareWith(id, 0, 3);
    const body = await b.body('DescribeImageSharePermission', { ImageId: id, PageSize: '1' });
    expect((body['Accounts'] as { Account: unknown[] }).Account).toHaveLength(3);
  });
});

describe('the filter deviations get one filter wrong', () => {
  const disks = async (deviations: ModelDeviation[], params: Record<string, string>) =>
    ((await swasKit({ deviations }).body('ListDisks', params))['Disks'] as { DiskId: string }[]).map((d) => d.DiskId).sort();

  it('disk-ids-first-only and disk-instance-filter-system-only', async () => {
    const both = JSON.stringify([diskOf(SERVER1, 'sys'), diskOf(SERVER1, 'dat')]);
    expect(await disks([], { DiskIds: both })).toHaveLength(2);
    expect(await disks(['disk-ids-first-only'], { DiskIds: both })).toEqual([diskOf(SERVER1, 'sys')]);
    expect(await disks([], { InstanceId: SERVER1 })).toHaveLength(2);
    expect(await disks(['disk-instance-filter-system-only'], { InstanceId: SERVER1 })).toEqual([diskOf(SERVER1, 'sys')]);
  });

  it('image-names-prefix-match and share-filter-stale', async () => {
    const k = swasKit({ deviations: ['image-names-prefix-match', 'share-filter-stale'] });
    const id = String((await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'golden-1' }))['ImageId']);
    expect(await k.images({ ImageNames: JSON.stringify(['golden']) })).toHaveLength(1);
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'Share' });
    await k.body('ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' });
    expect((await k.images({ Share: 'true' })).map((i) => i['InShare'])).toEqual([false]);
    expect(await k.images({ Share: 'false' })).toEqual([]);
  });

  it('snapshot-tags-key-only, instances-status-filter-ignored, ecs-images-snapshot-filter-ignored', async () => {
    const k = swasKit({ deviations: ['snapshot-tags-key-only', 'instances-status-filter-ignored'] });
    await k.body('CreateSnapshot', { DiskId: diskOf(SERVER1, 'sys'), SnapshotName: 'tagged', 'Tag.1.Key': 'team', 'Tag.1.Value': 'a' });
    expect((await k.body('ListSnapshots', { 'Tag.1.Key': 'team', 'Tag.1.Value': 'b' }))['Snapshots']).toHaveLength(1);
    expect((await k.body('ListInstances', { Status: 'Stopped' }))['Instances']).toHaveLength(3);
    const b = new EcsBench({ deviations: new Set(['ecs-images-snapshot-filter-ignored']) });
    await b.image();
    expect(await b.images({ ImageOwnerAlias: 'self', SnapshotId: 's-none' })).not.toEqual([]);
  });
});

describe('the synchronous-create deviations skip the intermediate state', () => {
  it('sync-custom-image, sync-snapshot and sync-ecs-image', async () => {
    const k = swasKit({ deviations: ['sync-custom-image', 'sync-snapshot'] });
    await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, DataSnapshotId: DAT1, ImageName: 'at-once' });
    expect((await k.images())[0]?.['Status']).toBe('1');
    const { SnapshotId } = await k.body('CreateSnapshot', { DiskId: diskOf(SERVER1, 'sys'), SnapshotName: 'at-once' });
    expect((await k.body('ListSnapshots', { SnapshotIds: JSON.stringify([SnapshotId]) }))['Snapshots'][0]['Status']).toBe('Accomplished');
    const b = new EcsBench({ deviations: new Set(['sync-ecs-image']) });
    const { ImageId } = await b.body('CreateImage', { SnapshotId: SEED.main.ecsSnapshot });
    expect((await b.images({ ImageId: String(ImageId), ImageOwnerAlias: 'self', Status: 'Creating,Available' }))[0]?.['Status']).toBe('Available');
    const plain = swasKit();
    await plain.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'later' });
    expect((await plain.images())[0]?.['Status']).toBe('4');
  });
});
