import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../seed.js';
import { EcsBench, emittedRules, unknownRules } from './ecsBench.js';

/** A SWAS custom image of the main account's first server, through the SWAS handlers. */
async function swasImage(b: EcsBench, name: string): Promise<string> {
  const created = await b.call('CreateCustomImage', { InstanceId: SEED.main.servers[0], SystemSnapshotId: 's-seed00000000sys1', ImageName: name }, undefined, 'swas');
  if (created.kind !== 'ok') throw new Error(`CreateCustomImage: ${created.code}`);
  b.clock += 1_000;
  return String(created.body['ImageId']);
}
const shareStatus = (b: EcsBench, id: string, Operation: string) => b.call('ModifyImageShareStatus', { ImageId: id, Operation }, undefined, 'swas');

describe('ecs.DescribeImages', () => {
  it('lists a SWAS image shared to ECS as others under the same id, read-only, until UnShare', async () => {
    const b = new EcsBench();
    const id = await swasImage(b, 'swas-image');
    expect(await b.images({ ImageId: id })).toEqual([]);
    expect((await shareStatus(b, id, 'Share')).kind).toBe('ok');
    const listed = await b.call('DescribeImages', { ImageId: id });
    expect(listed).toMatchObject({
      body: { TotalCount: 1, Images: { Image: [{ ImageId: id, ImageName: 'swas-image', ImageOwnerAlias: 'others', Status: 'Available', Size: 40 }] } },
      rules: expect.arrayContaining(['swas.state.ShareVisibleInEcs']),
    });
    expect(await b.images({ ImageId: id, ImageOwnerAlias: 'self' })).toEqual([]);
    expect(await b.images({ ImageId: id }, SEED.peer.accountId)).toEqual([]);
    for (const action of ['ModifyImageAttribute', 'ModifyImageSharePermission', 'DeleteImage']) {
      expect(await b.call(action, { ImageId: id, Description: 'from ecs', 'AddAccount.1': SEED.peer.accountId })).toMatchObject({ code: 'InvalidImageId.NotFound' });
    }
    expect((await shareStatus(b, id, 'UnShare')).kind).toBe('ok');
    expect(await b.images({ ImageId: id, Status: 'ALL' })).toEqual([]);
  });

  it('lists Available only by default, any status list on request', async () => {
    const b = new EcsBench();
    const kept = await b.image();
    const old = await b.image();
    await b.body('ModifyImageAttribute', { ImageId: old, Status: 'Deprecated' });
    const { ImageId: young } = await b.body('CreateImage', { SnapshotId: SEED.main.ecsSnapshot });
    const ids = (items: Record<string, unknown>[]) => items.map((i) => i['ImageId']).sort();
    expect(ids(await b.images({ ImageOwnerAlias: 'self' }))).toEqual([SEED.main.imageInUse, kept].sort());
    expect(ids(await b.images({ ImageOwnerAlias: 'self', Status: 'Deprecated' }))).toEqual([old]);
    expect(ids(await b.images({ ImageOwnerAlias: 'self', Status: 'Available,Deprecated' }))).toEqual([SEED.main.imageInUse, kept, old].sort());
    expect(ids(await b.images({ ImageOwnerAlias: 'self', Status: 'ALL' }))).toEqual([SEED.main.imageInUse, kept, old, young].sort());
  });

  it('pages newest first with PageSize 10 by default', async () => {
    const b = new EcsBench();
    for (let i = 0; i < 11; i++) await b.image({ ImageName: `paged-${i}` });
    const first = await b.body('DescribeImages', { ImageOwnerAlias: 'self' });
    expect(first).toMatchObject({ TotalCount: 12, PageNumber: 1, PageSize: 10, RegionId: SEED.region });
    const page1 = (first['Images'] as { Image: { ImageName: string }[] }).Image;
    expect(page1).toHaveLength(10);
    expect(page1[0]!.ImageName).toBe('paged-10');
    const one = await b.images({ ImageOwnerAlias: 'self', PageSize: '1', PageNumber: '2' });
    expect(one).toMatchObject([{ ImageName: 'paged-9' }]);
    expect(await b.images({ ImageOwnerAlias: 'self', PageNumber: '2' })).toHaveLength(2);
  });

  it('filters on ids (one or comma-separated), name, family, owner, usage, tags, time and region', async () => {
    const b = new EcsBench();
    const a = await b.image({ ImageName: 'Alpha-one', ImageFamily: 'fam', 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' });
    b.clock += 120_000;
    const z = await b.image({ ImageName: 'zulu', Platform: 'Windows Server 2022' });
    const ids = async (params: Record<string, string>) => (await b.images(params)).map((i) => i['ImageId']).sort();
    expect(await ids({ ImageId: `${a}, ${z}` })).toEqual([a, z].sort());
    expect(await ids({ ImageId: a })).toEqual([a]);
    expect(await ids({ ImageName: 'alpha' })).toEqual([a]);
    expect(await ids({ ImageFamily: 'fam' })).toEqual([a]);
    expect(await ids({ 'Tag.1.Key': 'env' })).toEqual([a]);
    expect(await ids({ 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' })).toEqual([]);
    expect(await ids({ OSType: 'windows' })).toEqual([z]);
    expect(await ids({ Usage: 'instance' })).toEqual([SEED.main.imageInUse]);
    expect(await ids({ ImageOwnerAlias: 'system' })).toEqual([]);
    expect(await ids({ ImageOwnerAlias: 'marketplace' })).toEqual([]);
    expect(await ids({ ImageOwnerAlias: 'others', IsPublic: 'true' })).toEqual([]);
    expect(await ids({ InstanceType: 'ecs.g7.large', ImageId: a })).toEqual([a]);
    expect(await ids({ 'Filter.1.Key': 'NetworkType', 'Filter.1.Value': 'vpc', ImageId: a })).toEqual([a]);
    const zTime = String((await b.images({ ImageId: z }))[0]!['CreationTime']).slice(0, 16) + 'Z';
    expect(await ids({ 'Filter.1.Key': 'CreationStartTime', 'Filter.1.Value': zTime, ImageOwnerAlias: 'self' })).toEqual([z]);
    expect(await ids({ 'Filter.1.Key': 'CreationEndTime', 'Filter.1.Value': '2026-01-01T00:00Z' })).toEqual([SEED.main.imageInUse]);
    expect(await ids({ RegionId: 'cn-shanghai' })).toEqual([]);
  });

  it('lists images other accounts shared with the caller under ImageOwnerId', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.body('ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': SEED.peer.accountId });
    expect(await b.images({ ImageOwnerAlias: 'others', ImageOwnerId: '1000000000' }, SEED.peer.accountId)).toEqual([]);
    expect(await b.images({ ImageOwnerAlias: 'others' }, SEED.peer.accountId)).toMatchObject([{ ImageId: id }]);
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
