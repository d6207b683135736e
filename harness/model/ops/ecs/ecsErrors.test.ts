import { afterAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../../../spec/index.js';
import type { ModelOptions } from '../../Model.js';
import type { Outcome } from '../../outcome.js';
import { SEED } from '../../seed.js';
import { EcsBench, ecsError, emittedRules, unknownRules } from './ecsBench.js';

// One case per emulator-reachable documented error code of the six ECS operations, keyed by the
// error's rule id. Each produces the code through Model.handle, from validation or a handler.

interface Case { options?: ModelOptions; run(b: EcsBench): Promise<Outcome> }
const SNAP = SEED.main.ecsSnapshot;
const main = (b: EcsBench) => b.model.state.accounts.get(SEED.main.accountId)!;
const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`Tag.${i + 1}.Key`, `k${i}`]));
const create = (params: Record<string, string>): Case => ({ run: (b) => b.call('CreateImage', { SnapshotId: SNAP, ...params }) });
const describeImages = (params: Record<string, string>): Case => ({ run: (b) => b.call('DescribeImages', params) });
const modify = (params: Record<string, string>, before?: (b: EcsBench, id: string) => Promise<unknown>): Case => ({
  run: async (b) => { const id = await b.image(); await before?.(b, id); return b.call('ModifyImageAttribute', { ImageId: id, ...params }); },
});
const share = (params: Record<string, string>, before?: (b: EcsBench, id: string) => Promise<unknown>): Case => ({
  run: async (b) => { const id = await b.image(); await before?.(b, id); return b.call('ModifyImageSharePermission', { ImageId: id, ...params }); },
});

const cases: Record<string, Case> = {
  'ecs.CreateImage.error.InvalidImageName.Malformed': create({ ImageName: '1-starts-with-digit' }),
  'ecs.CreateImage.error.InvalidImageName.Duplicated': { run: async (b) => { await b.image({ ImageName: 'twice' }); return b.call('CreateImage', { SnapshotId: SNAP, ImageName: 'twice' }); } },
  'ecs.CreateImage.error.InvalidDescription.Malformed': create({ Description: 'http://example.com' }),
  'ecs.CreateImage.error.IncorrectInstanceStatus': { run: (b) => { main(b).ecsInstances.get(SEED.main.ecsInstance)!.Status = 'Starting'; return b.call('CreateImage', { InstanceId: SEED.main.ecsInstance }); } },
  'ecs.CreateImage.error.InvalidDevice.Malformed': create({ 'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.1.Device': '/dev/sda' }),
  'ecs.CreateImage.error.MissingParameter': { run: (b) => b.call('CreateImage', { ImageName: 'no-source' }) },
  'ecs.CreateImage.error.InvalidSize.ValueNotSupported': create({ 'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.1.Size': '20' }),
  'ecs.CreateImage.error.InvalidDevice.InUse': create({
    'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.1.Device': '/dev/xvda', 'DiskDeviceMapping.2.Size': '20', 'DiskDeviceMapping.2.Device': '/dev/xvda',
  }),
  'ecs.CreateImage.error.OperationDenied': create({ 'DiskDeviceMapping.1.Size': '40', 'DiskDeviceMapping.1.DiskType': 'data' }),
  'ecs.CreateImage.error.InvalidArchitecture.Malformed': create({ Architecture: 'sparc' }),
  'ecs.CreateImage.error.InvalidPlatform.Malformed': create({ Platform: 'Plan9' }),
  'ecs.CreateImage.error.InvalidParameter.AllEmpty': { run: (b) => b.call('CreateImage', { InstanceId: '', SnapshotId: '' }) },
  'ecs.CreateImage.error.Duplicate.TagKey': create({ 'Tag.1.Key': 'k', 'Tag.2.Key': 'k' }),
  'ecs.CreateImage.error.InvalidTagKey.Malformed': create({ 'Tag.1.Key': 'aliyun-key' }),
  'ecs.CreateImage.error.InvalidTagValue.Malformed': create({ 'Tag.1.Key': 'k', 'Tag.1.Value': 'acs:value' }),
  'ecs.CreateImage.error.InvalidImageFamily.Malformed': create({ ImageFamily: 'f' }),
  'ecs.CreateImage.error.InvalidDiskType.ValueNotSupported': create({ 'DiskDeviceMapping.1.SnapshotId': SNAP, 'DiskDeviceMapping.1.DiskType': 'root' }),
  'ecs.CreateImage.error.IdempotenceParamNotMatch': {
    run: async (b) => { await b.call('CreateImage', { SnapshotId: SNAP, ClientToken: 't-1', ImageName: 'first' }); return b.call('CreateImage', { SnapshotId: SNAP, ClientToken: 't-1', ImageName: 'second' }); },
  },
  'ecs.CreateImage.error.InvalidBootMode.NotSupport': create({ Architecture: 'arm64', BootMode: 'BIOS' }),
  'ecs.CreateImage.error.InvalidParameter.FeaturesImdsSupport': create({ 'Features.ImdsSupport': 'v3' }),
  'ecs.CreateImage.error.IncorrectDiskStatus.CreatingSnapshot': {
    run: (b) => {
      main(b).ecsSnapshots.set('s-busy', { SnapshotId: 's-busy', Status: 'progressing', RegionId: SEED.region, SourceDiskType: 'system', Size: 40, InstanceId: SEED.main.ecsInstance });
      return b.call('CreateImage', { InstanceId: SEED.main.ecsInstance });
    },
  },
  'ecs.CreateImage.error.QuotaExceed.Tags': { options: { skipChecks: new Set(['ecs.CreateImage.param.Tag.maxItems']) }, run: (b) => b.call('CreateImage', { SnapshotId: SNAP, ...tags(21) }) },
  'ecs.CreateImage.error.SnapshotNotReady': {
    run: (b) => {
      main(b).ecsSnapshots.set('s-young', { SnapshotId: 's-young', Status: 'progressing', RegionId: SEED.region, SourceDiskType: 'system', Size: 40 });
      return b.call('CreateImage', { SnapshotId: 's-young' });
    },
  },
  'ecs.CreateImage.error.InvalidSnapshotId.NotFound': create({ SnapshotId: 's-nowhere' }),
  'ecs.CreateImage.error.InvalidInstanceId.NotFound': create({ InstanceId: 'i-nowhere' }),
  'ecs.CreateImage.error.InvalidResourceGroup.NotFound': create({ ResourceGroupId: 'rg-nowhere' }),

  'ecs.DeleteImage.error.ImageUsingByInstance': { run: (b) => b.call('DeleteImage', { ImageId: SEED.main.imageInUse }) },
  'ecs.DeleteImage.error.ImageUseShared': { run: async (b) => { const id = await b.image(); await b.shareWith(id, 0, 1); return b.call('DeleteImage', { ImageId: id }); } },
  'ecs.DeleteImage.error.InvalidImageId.NotFound': { run: (b) => b.call('DeleteImage', { ImageId: 'm-nowhere' }) },

  'ecs.DescribeImageSharePermission.error.MissingParameter': { run: (b) => b.call('DescribeImageSharePermission', { RegionId: '', ImageId: SEED.main.imageInUse }) },
  'ecs.DescribeImageSharePermission.error.InvalidImageId.NotFound': { run: (b) => b.call('DescribeImageSharePermission', { ImageId: 'm-nowhere' }) },

  'ecs.DescribeImages.error.InvalidImageOwnerAlias.ValueNotSupported': describeImages({ ImageOwnerAlias: 'mine' }),
  'ecs.DescribeImages.error.InvalidParamter': describeImages({ Status: 'Gone' }),
  'ecs.DescribeImages.error.InvalidTag.Mismatch': describeImages({ 'Tag.1.Value': 'v' }),
  'ecs.DescribeImages.error.InvalidTagCount': describeImages(tags(21)),
  'ecs.DescribeImages.error.InvalidInstanceType.ValueNotSupported': describeImages({ InstanceType: 'huge' }),
  'ecs.DescribeImages.error.InvalidFilterValue.NetworkType': describeImages({ 'Filter.1.Key': 'NetworkType', 'Filter.1.Value': 'wifi' }),
  // A short owner id: a 16-digit account id fails decodeParams' integer decoding (at most 15 digits).
  'ecs.DescribeImages.error.InvalidOperation.ImageOwnerIdUnsupported': describeImages({ ImageOwnerAlias: 'self', ImageOwnerId: '1000000002' }),
  'ecs.DescribeImages.error.InvalidImageOwnerAlias.PublicImageUnsupported': describeImages({ ImageOwnerAlias: 'self', IsPublic: 'true' }),
  'ecs.DescribeImages.error.InvalidFilterKey.NotFound': describeImages({ 'Filter.1.Key': 'Colour', 'Filter.1.Value': 'blue' }),
  'ecs.DescribeImages.error.InvalidFilterValue': describeImages({ 'Filter.1.Key': 'CreationStartTime', 'Filter.1.Value': 'yesterday' }),
  'ecs.DescribeImages.error.InvalidUsage': describeImages({ Usage: 'sometimes' }),
  'ecs.DescribeImages.error.InvalidOSType': describeImages({ OSType: 'plan9' }),
  'ecs.DescribeImages.error.InvalidArchitecture': describeImages({ Architecture: 'sparc' }),
  'ecs.DescribeImages.error.DryRunOperation': describeImages({ DryRun: 'true' }),

  'ecs.ModifyImageAttribute.error.InvalidImageName.Malformed': modify({ ImageName: 'x' }),
  'ecs.ModifyImageAttribute.error.MissingParameter': modify({ RegionId: '' }),
  'ecs.ModifyImageAttribute.error.InvalidImageName.Duplicated': modify({ ImageName: 'taken' }, (b) => b.image({ ImageName: 'taken' })),
  'ecs.ModifyImageAttribute.error.InvalidDescription.Malformed': modify({ Description: 'https://example.com' }),
  'ecs.ModifyImageAttribute.error.InvalidImageFamily.Malformed': modify({ ImageFamily: 'acs:family' }),
  'ecs.ModifyImageAttribute.error.InvalidBootMode.NotSupport': modify({ BootMode: 'EFI' }),
  'ecs.ModifyImageAttribute.error.InvalidLicenseType.NotSupported': modify({ LicenseType: 'Auto' }),
  'ecs.ModifyImageAttribute.error.InvalidParameter.FeaturesImdsSupport': modify({ 'Features.ImdsSupport': 'v9' }),
  'ecs.ModifyImageAttribute.error.ImageStatus.NotAvailable': modify({ Status: 'Deprecated' }, (b, id) => b.body('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' })),
  'ecs.ModifyImageAttribute.error.ImageStatus.NotDeprecated': modify({ Status: 'Available' }),
  'ecs.ModifyImageAttribute.error.ImageUseShared': modify({ Status: 'Deprecated' }, (b, id) => b.shareWith(id, 0, 1)),
  'ecs.ModifyImageAttribute.error.OperationDeined.ImageUsingByInstance': { run: (b) => b.call('ModifyImageAttribute', { ImageId: SEED.main.imageInUse, BootMode: 'UEFI' }) },
  'ecs.ModifyImageAttribute.error.InvalidOperation.FeaturesImdsSupportNotMatch':
    modify({ 'Features.ImdsSupport': 'v1' }, (b, id) => b.body('ModifyImageAttribute', { ImageId: id, 'Features.ImdsSupport': 'v2' })),
  'ecs.ModifyImageAttribute.error.InvalidStatus.ImageIsCreating': {
    run: async (b) => { const { ImageId } = await b.body('CreateImage', { SnapshotId: SNAP }); return b.call('ModifyImageAttribute', { ImageId: String(ImageId), Description: 'too soon' }); },
  },
  'ecs.ModifyImageAttribute.error.InvalidImageId.NotFound': { run: (b) => b.call('ModifyImageAttribute', { ImageId: 'm-nowhere', Description: 'nothing' }) },

  'ecs.ModifyImageSharePermission.error.MissingParameter': share({ RegionId: '', 'AddAccount.1': SEED.shareTargets[0]! }),
  'ecs.ModifyImageSharePermission.error.UnnecessaryParameter.LaunchPermission': share({ LaunchPermission: 'hide', 'AddAccount.1': SEED.shareTargets[0]! }),
  'ecs.ModifyImageSharePermission.error.Image.NotPublic': share({ IsPublic: 'false' }),
  'ecs.ModifyImageSharePermission.error.QuotaExceed.ShareImageUser': share({ 'AddAccount.1': SEED.shareTargets[50]! }, (b, id) => b.shareWith(id, 0, 50)),
  'ecs.ModifyImageSharePermission.error.OperationDenied.InvalidImageStatus':
    share({ 'AddAccount.1': SEED.shareTargets[0]! }, (b, id) => b.body('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' })),
  'ecs.ModifyImageSharePermission.error.InvalidParameter.IsPublic': share({ IsPublic: 'true', 'AddAccount.1': SEED.shareTargets[0]! }),
  'ecs.ModifyImageSharePermission.error.InvalidImageId.NotFound': { run: (b) => b.call('ModifyImageSharePermission', { ImageId: 'm-nowhere', 'AddAccount.1': SEED.shareTargets[0]! }) },
  'ecs.ModifyImageSharePermission.error.InvalidAccount.NotFound': share({ 'AddAccount.1': '1999999999999999' }),
  'ecs.ModifyImageSharePermission.error.InvalidAccount.Forbbiden': share({ 'AddAccount.1': SEED.main.accountId }),
};

const reachable = getSpec().rules.filter((r) => r.product === 'ecs' && r.origin === 'error' && r.reachability === 'emulator').map((r) => r.id);

describe('documented ECS error codes the emulator can reach', () => {
  it('each has a case', () => {
    expect(Object.keys(cases).sort()).toEqual([...reachable].sort());
  });

  it.each(Object.entries(cases))('%s', async (id, c) => {
    const [, operation, , ...code] = id.split('.');
    const entry = ecsError(operation!, code.join('.'));
    const outcome = await c.run(new EcsBench(c.options));
    expect(outcome).toMatchObject({ kind: 'error', code: entry.code, httpStatus: entry.httpStatus, message: entry.message });
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
