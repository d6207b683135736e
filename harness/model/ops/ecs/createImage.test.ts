import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../seed.js';
import { EcsBench, emittedRules, imageIdOf, unknownRules } from './ecsBench.js';

const SNAP = SEED.main.ecsSnapshot;

describe('ecs.CreateImage', () => {
  it('creates an image that is Creating until the delay has passed, then Available', async () => {
    const b = new EcsBench({ delays: { snapshotMs: 100, imageMs: 5_000 } });
    const created = await b.call('CreateImage', { SnapshotId: SNAP, ImageName: 'fresh' });
    expect(created).toMatchObject({ kind: 'ok', rules: expect.arrayContaining(['ecs.CreateImage.state.CreatingToAvailable']) });
    const id = imageIdOf(created);
    const both = { ImageId: id, ImageOwnerAlias: 'self', Status: 'Creating,Available' };
    expect(await b.images(both)).toMatchObject([{ ImageId: id, Status: 'Creating', Progress: '50%', ImageOwnerAlias: 'self' }]);
    expect(await b.images({ ImageId: id })).toEqual([]);
    b.clock += 4_999;
    expect(await b.images(both)).toMatchObject([{ Status: 'Creating' }]);
    b.clock += 1;
    expect(await b.images({ ImageId: id })).toMatchObject([{ Status: 'Available', Progress: '100%' }]);
  });

  it('records the attributes and tags given, with the documented defaults for the rest', async () => {
    const b = new EcsBench();
    const id = await b.image({
      ImageName: 'named', Description: 'described', ImageFamily: 'fam', BootMode: 'BIOS', 'Features.ImdsSupport': 'v2', 'Tag.1.Key': 'team', 'Tag.1.Value': 'blue', 'Tag.2.Key': 'empty',
    });
    expect((await b.images({ ImageId: id }))[0]).toMatchObject({
      ImageName: 'named', Description: 'described', ImageFamily: 'fam', BootMode: 'BIOS', Architecture: 'x86_64', Platform: 'Others Linux', OSType: 'linux',
      Features: { ImdsSupport: 'v2' }, Size: 40, Tags: { Tag: [{ TagKey: 'team', TagValue: 'blue' }, { TagKey: 'empty', TagValue: '' }] },
      DiskDeviceMappings: { DiskDeviceMapping: [{ SnapshotId: SNAP, Size: '40', Device: '/dev/xvda', Type: 'system' }] },
    });
    const plain = await b.call('CreateImage', { SnapshotId: SNAP });
    expect(plain.rules).toContain('ecs.CreateImage.state.ImdsSupportDefault');
    b.clock += 1_000;
    const id2 = imageIdOf(plain);
    expect((await b.images({ ImageId: id2 }))[0]).toMatchObject({ ImageName: '', BootMode: 'UEFI-Preferred', Features: { ImdsSupport: 'v1' } });
  });

  it('builds from the instance before DiskDeviceMapping before SnapshotId', async () => {
    const b = new EcsBench();
    const fromInstance = await b.call('CreateImage', { InstanceId: SEED.main.ecsInstance, SnapshotId: SNAP });
    expect(fromInstance.rules).toContain('ecs.CreateImage.state.SourcePriority');
    b.clock += 1_000;
    const [item] = await b.images({ ImageId: imageIdOf(fromInstance) });
    const mapping = (item!['DiskDeviceMappings'] as { DiskDeviceMapping: { SnapshotId: string }[] }).DiskDeviceMapping;
    expect(mapping).toHaveLength(1);
    expect(mapping[0]!.SnapshotId).toMatch(/^s-/);
    expect(mapping[0]!.SnapshotId).not.toBe(SNAP);

    const fromMapping = await b.image({
      SnapshotId: 's-never-looked-up', 'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.2.Size': '100', 'DiskDeviceMapping.2.Device': '/dev/xvdc',
    });
    expect((await b.images({ ImageId: fromMapping }))[0]).toMatchObject({
      DiskDeviceMappings: { DiskDeviceMapping: [{ SnapshotId: SNAP, Type: 'system', Size: '40' }, { SnapshotId: '', Type: 'data', Size: '100', Device: '/dev/xvdc' }] },
    });
    expect(await b.images({ SnapshotId: SNAP, ImageOwnerAlias: 'self' })).toHaveLength(2);
  });

  it('refuses disk sizes out of range, two system disks, a data-disk snapshot as the image', async () => {
    const b = new EcsBench();
    const state = b.model.state.accounts.get(SEED.main.accountId)!;
    state.ecsSnapshots.set('s-data', { SnapshotId: 's-data', Status: 'accomplished', RegionId: SEED.region, SourceDiskType: 'data', Size: 20 });
    expect(await b.call('CreateImage', { 'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.2.Size': '4' })).toMatchObject({ code: 'InvalidSize.ValueNotSupported' });
    expect(await b.call('CreateImage', { 'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.2.SnapshotId': SNAP, 'DiskDeviceMapping.2.Device': '/dev/xvdb' }))
      .toMatchObject({ code: 'OperationDenied' });
    expect(await b.call('CreateImage', { SnapshotId: 's-data' })).toMatchObject({ code: 'OperationDenied' });
    expect((await b.call('CreateImage', { 'DiskDeviceMapping.1.SnapshotId': 's-data', 'DiskDeviceMapping.1.DiskType': 'system' })).kind).toBe('ok');
  });

  it('replays the same ClientToken with the same parameters and refuses other parameters', async () => {
    const b = new EcsBench();
    const params = { SnapshotId: SNAP, ImageName: 'tokened', ClientToken: 'token-1' };
    const first = await b.call('CreateImage', params);
    const again = await b.call('CreateImage', params);
    expect(again).toMatchObject({ kind: 'ok', body: (first as { body: unknown }).body, rules: expect.arrayContaining(['ecs.CreateImage.idempotence.ClientToken']) });
    b.clock += 1_000;
    expect(await b.images({ ImageName: 'tokened' })).toHaveLength(1);
    expect(await b.call('CreateImage', { ...params, Description: 'changed' })).toMatchObject({ code: 'IdempotenceParamNotMatch', httpStatus: 400 });
  });

  it('answers DryRun=true with DryRunOperation and creates nothing', async () => {
    const b = new EcsBench();
    expect(await b.call('CreateImage', { SnapshotId: SNAP, ImageName: 'dry', DryRun: 'true' })).toMatchObject({ code: 'DryRunOperation' });
    expect(await b.images({ ImageName: 'dry', Status: 'ALL' })).toEqual([]);
  });

  it('finds sources only in the call region and resource groups only where seeded resources are', async () => {
    const b = new EcsBench();
    expect(await b.call('CreateImage', { RegionId: 'cn-shanghai', SnapshotId: SNAP })).toMatchObject({ code: 'InvalidSnapshotId.NotFound' });
    b.model.state.accounts.get(SEED.main.accountId)!.servers.get(SEED.main.servers[0])!.ResourceGroupId = 'rg-seeded';
    const id = await b.image({ ResourceGroupId: 'rg-seeded' });
    expect(await b.images({ ResourceGroupId: 'rg-seeded' })).toMatchObject([{ ImageId: id, ResourceGroupId: 'rg-seeded' }]);
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
