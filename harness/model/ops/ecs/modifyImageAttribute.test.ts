import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../seed.js';
import { EcsBench, emittedRules, unknownRules } from './ecsBench.js';

describe('ecs.ModifyImageAttribute', () => {
  it('deprecates an Available image and restores it; DescribeImages shows each status', async () => {
    const b = new EcsBench();
    const id = await b.image();
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' })).toMatchObject({ kind: 'ok', rules: expect.arrayContaining(['ecs.state.DeprecateAndRestore']) });
    expect(await b.images({ ImageId: id })).toEqual([]);
    expect(await b.images({ ImageId: id, Status: 'Deprecated' })).toMatchObject([{ Status: 'Deprecated' }]);
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' })).toMatchObject({ code: 'ImageStatus.NotAvailable', httpStatus: 403 });
    await b.body('ModifyImageAttribute', { ImageId: id, Status: 'Available' });
    expect(await b.images({ ImageId: id })).toMatchObject([{ Status: 'Available' }]);
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Status: 'Available' })).toMatchObject({ code: 'ImageStatus.NotDeprecated', httpStatus: 403 });
  });

  it('deprecates a shared image only after every account is removed', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 2);
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' })).toMatchObject({ code: 'ImageUseShared', rules: expect.arrayContaining(['ecs.state.DeprecateNeedsUnshare']) });
    await b.body('ModifyImageSharePermission', { ImageId: id, 'RemoveAccount.1': SEED.shareTargets[0]!, 'RemoveAccount.2': SEED.shareTargets[1]! });
    expect((await b.call('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' })).kind).toBe('ok');
  });

  it('moves ImdsSupport from v1 to v2 and refuses v2 to v1', async () => {
    const b = new EcsBench();
    const id = await b.image();
    const features = async () => (await b.images({ ImageId: id }))[0]!['Features'];
    expect(await features()).toEqual({ ImdsSupport: 'v1', NvmeSupport: 'unsupported' });
    await b.body('ModifyImageAttribute', { ImageId: id, 'Features.ImdsSupport': 'v2' });
    expect(await features()).toMatchObject({ ImdsSupport: 'v2' });
    expect(await b.call('ModifyImageAttribute', { ImageId: id, 'Features.ImdsSupport': 'v1' })).toMatchObject({ code: 'InvalidOperation.FeaturesImdsSupportNotMatch' });
    expect(await features()).toMatchObject({ ImdsSupport: 'v2' });
    await b.body('ModifyImageAttribute', { ImageId: id, 'Features.ImdsSupport': 'v2' });
  });

  it('applies every attribute given and keeps omitted or empty ones', async () => {
    const b = new EcsBench();
    const id = await b.image({ ImageName: 'before', Description: 'old text' });
    await b.body('ModifyImageAttribute', {
      ImageId: id, ImageName: '', Description: 'new text', ImageFamily: 'family-a', BootMode: 'UEFI', LicenseType: 'BYOL', 'Features.NvmeSupport': 'supported',
    });
    expect((await b.images({ ImageId: id }))[0]).toMatchObject({
      ImageName: 'before', Description: 'new text', ImageFamily: 'family-a', BootMode: 'UEFI', LicenseType: 'BYOL', Features: { ImdsSupport: 'v1', NvmeSupport: 'supported' },
    });
    await b.body('ModifyImageAttribute', { ImageId: id, ImageName: 'after' });
    expect((await b.images({ ImageId: id }))[0]).toMatchObject({ ImageName: 'after', Description: 'new text', BootMode: 'UEFI' });
  });

  it('lets an in-use image keep its boot mode but not change it; refuses BIOS on arm64', async () => {
    const b = new EcsBench();
    expect((await b.call('ModifyImageAttribute', { ImageId: SEED.main.imageInUse, BootMode: 'BIOS', Description: 'same mode' })).kind).toBe('ok');
    expect(await b.call('ModifyImageAttribute', { ImageId: SEED.main.imageInUse, BootMode: 'UEFI-Preferred' })).toMatchObject({ code: 'OperationDeined.ImageUsingByInstance' });
    const arm = await b.image({ Architecture: 'arm64' });
    expect((await b.images({ ImageId: arm }))[0]).toMatchObject({ Architecture: 'arm64', BootMode: 'UEFI' });
    expect(await b.call('ModifyImageAttribute', { ImageId: arm, BootMode: 'BIOS' })).toMatchObject({ code: 'InvalidBootMode.NotSupport' });
  });

  it('refuses an image still Creating, then works once it is Available', async () => {
    const b = new EcsBench();
    const { ImageId } = await b.body('CreateImage', { SnapshotId: SEED.main.ecsSnapshot });
    const id = String(ImageId);
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Description: 'early' })).toMatchObject({ code: 'InvalidStatus.ImageIsCreating' });
    b.clock += 300;
    expect((await b.call('ModifyImageAttribute', { ImageId: id, Description: 'in time' })).kind).toBe('ok');
  });

  it('answers DryRun=true with DryRunOperation and changes nothing', async () => {
    const b = new EcsBench();
    const id = await b.image({ Description: 'kept text' });
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Description: 'dry text', DryRun: 'true' })).toMatchObject({ code: 'DryRunOperation', httpStatus: 400 });
    expect((await b.images({ ImageId: id }))[0]).toMatchObject({ Description: 'kept text' });
  });

  it('finds no image of another region', async () => {
    const b = new EcsBench();
    const id = await b.image();
    expect(await b.call('ModifyImageAttribute', { RegionId: 'cn-shanghai', ImageId: id, Description: 'elsewhere' })).toMatchObject({ code: 'InvalidImageId.NotFound' });
  });

  it('throttles beyond 1000 calls per 60 s and recovers in the next window', async () => {
    const b = new EcsBench({ rateLimits: true, timeScale: 0.001 });
    const id = await b.image();
    for (let i = 0; i < 1000; i++) expect((await b.call('ModifyImageAttribute', { ImageId: id, Description: `text ${i}` })).kind).toBe('ok');
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Description: 'one more' })).toMatchObject({
      code: 'Throttling.User', rules: expect.arrayContaining(['ecs.ModifyImageAttribute.rate-limit.qps']),
    });
    b.clock += 60;
    expect((await b.call('ModifyImageAttribute', { ImageId: id, Description: 'next window' })).kind).toBe('ok');
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
