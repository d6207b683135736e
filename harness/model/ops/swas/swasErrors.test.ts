import { describe, expect, it } from 'vitest';
import { getSpec } from '../../../../spec/index.js';
import type { Outcome } from '../../outcome.js';
import { DAT1, DISABLED, SERVER1, SERVER2, SYS1, diskOf, expectKnownRules, swasKit, type SwasKit } from './swasTestKit.js';

/** One way to reach each documented SWAS error the emulator can be driven into, keyed by its rule id. */
const CASES: Record<string, (k: SwasKit) => Promise<Outcome>> = {
  'swas.CreateCustomImage.error.InvalidInstanceId.NotFound': (k) => k.image('img-a', { InstanceId: 'no-such-server' }),
  'swas.CreateCustomImage.error.IncorrectInstanceStatus': (k) => k.image('img-a', { InstanceId: DISABLED }),
  'swas.CreateCustomImage.error.InvalidParam.SystemSnapshotIdNotFound': (k) => k.image('img-a', { SystemSnapshotId: 's-unknown' }),
  'swas.CreateCustomImage.error.InvalidParam.DataSnapshotIdNotFound': (k) => k.image('img-a', { DataSnapshotId: 's-unknown' }),
  'swas.CreateCustomImage.error.InvalidParam.SystemSnapshotIdNotSupport': (k) => k.image('img-a', { SystemSnapshotId: DAT1 }),
  'swas.CreateCustomImage.error.InvalidParam.IllegalImageName': (k) => k.image('-starts-with-hyphen'),
  'swas.CreateCustomImage.error.ImageNameAlreadyExist': async (k) => (await k.image('img-a'), k.image('img-a')),
  'swas.CreateCustomImage.error.CustomImageQuotaLimit': async (k) => {
    for (let i = 0; i < 9; i++) await k.image(`img-${i}`);
    return k.image('img-over');
  },
  'swas.DeleteCustomImages.error.InvalidImageId.NotFound': (k) => k.call('DeleteCustomImages', { ImageIds: '["m-unknown"]' }),
  'swas.DeleteCustomImages.error.CustomImageInShare': async (k) => {
    const { ImageId } = await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' });
    await k.body('ModifyImageShareStatus', { ImageId, Operation: 'Share' });
    return k.call('DeleteCustomImages', { ImageIds: JSON.stringify([ImageId]) });
  },
  'swas.DeleteCustomImage.error.InvalidImageId.NotFound': (k) => k.call('DeleteCustomImage', { ImageId: 'm-unknown' }),
  'swas.DeleteCustomImage.error.CustomImageInShare': async (k) => {
    const { ImageId } = await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' });
    await k.body('ModifyImageShareStatus', { ImageId, Operation: 'Share' });
    return k.call('DeleteCustomImage', { ImageId });
  },
  'swas.ModifyImageShareStatus.error.InvalidParam.OperationIllegal': async (k) => {
    const { ImageId } = await k.body('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a' });
    return k.call('ModifyImageShareStatus', { ImageId, Operation: 'share' });
  },
  'swas.ModifyImageShareStatus.error.InvalidImageId.NotFound': (k) => k.call('ModifyImageShareStatus', { ImageId: 'm-unknown', Operation: 'Share' }),
  'swas.ListInstances.error.InvalidChargeType.ValueNotSupported': (k) => k.call('ListInstances', { ChargeType: 'PostPaid' }),
  'swas.ListInstances.error.InvalidPublicIpAddresses.ValueNotSupported': (k) => k.call('ListInstances', { PublicIpAddresses: '["not-an-address"]' }),
  'swas.ListInstances.error.InvalidInstanceId.NotFound': (k) => k.call('ListInstances', { InstanceIds: JSON.stringify([SERVER1, 'no-such-server']) }),
  'swas.ListSnapshots.error.RegionIdNotMatchHost': (k) => k.call('ListSnapshots', { RegionId: 'xx-nowhere-1' }),
  'swas.ListSnapshots.error.InvalidParam': (k) => k.call('ListSnapshots', { SnapshotIds: 's-not-a-json-array' }),
  'swas.ListSnapshots.error.InvalidInstanceId.NotFound': (k) => k.call('ListSnapshots', { InstanceId: 'no-such-server' }),
  'swas.ListSnapshots.error.InvalidDiskId.NotFound': (k) => k.call('ListSnapshots', { DiskId: 'd-unknown' }),
  'swas.CreateSnapshot.error.InvalidDiskId.NotFound': (k) => k.call('CreateSnapshot', { DiskId: 'd-unknown', SnapshotName: 'snap-a' }),
  'swas.CreateSnapshot.error.IncorrectStatus': (k) => k.call('CreateSnapshot', { DiskId: diskOf(DISABLED, 'sys'), SnapshotName: 'snap-a' }),
  'swas.CreateSnapshot.error.InvalidSnapshotName.ValueNotSupported': (k) => k.call('CreateSnapshot', { DiskId: diskOf(SERVER2, 'sys'), SnapshotName: '1-starts-with-digit' }),
  'swas.CreateSnapshot.error.InvalidSnapshotName.Duplicate': async (k) => {
    await k.body('CreateSnapshot', { DiskId: diskOf(SERVER2, 'sys'), SnapshotName: 'snap-a' });
    k.advance(10_000);
    return k.call('CreateSnapshot', { DiskId: diskOf(SERVER1, 'sys'), SnapshotName: 'snap-a' });
  },
  'swas.CreateSnapshot.error.IncorrectDiskStatus.CreatingSnapshot': async (k) => {
    await k.body('CreateSnapshot', { DiskId: diskOf(SERVER2, 'sys'), SnapshotName: 'snap-a' });
    return k.call('CreateSnapshot', { DiskId: diskOf(SERVER2, 'sys'), SnapshotName: 'snap-b' });
  },
  'swas.CreateSnapshot.error.SnapshotLimitExceed': async (k) => {
    await k.body('CreateSnapshot', { DiskId: diskOf(SERVER1, 'sys'), SnapshotName: 'snap-a' }); // the server's third
    k.advance(10_000);
    return k.call('CreateSnapshot', { DiskId: diskOf(SERVER1, 'dat'), SnapshotName: 'snap-b' });
  },
  'swas.DeleteSnapshot.error.InvalidSnapshotId.NotFound': (k) => k.call('DeleteSnapshot', { SnapshotId: 's-unknown' }),
};

const reachable = getSpec().operations
  .filter((o) => o.product === 'swas')
  .flatMap((o) => o.errors.filter((e) => e.reachability === 'emulator').map((e) => ({ id: `swas.${o.operation}.error.${e.code}`, error: e })));

describe('documented SWAS errors', () => {
  it('has a case for every error the spec marks reachable on an emulator, and no other', () => {
    expect(Object.keys(CASES).sort()).toEqual(reachable.map((r) => r.id).sort());
  });

  for (const { id, error } of reachable) {
    it(`${id}: ${error.when}`, async () => {
      const reach = CASES[id];
      if (!reach) throw new Error(`no case reaches ${id}`);
      const outcome = await reach(swasKit());
      expect(outcome).toMatchObject({ kind: 'error', code: error.code, httpStatus: error.httpStatus, message: error.message });
      expect(outcome.rules).toContain(id);
    });
  }

  it('names only rule ids of the catalogue', () => expectKnownRules());
});
