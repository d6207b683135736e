import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../seed.js';
import { EcsBench, emittedRules, imageIdOf, unknownRules } from './ecsBench.js';

describe('ecs.DeleteImage', () => {
  it('deletes an image: no longer listed in any status, later calls find nothing', async () => {
    const b = new EcsBench();
    const id = await b.image();
    expect(await b.call('DeleteImage', { ImageId: id })).toMatchObject({ kind: 'ok', rules: expect.arrayContaining(['ecs.DeleteImage.state.ImageGone']) });
    expect(await b.images({ ImageId: id, Status: 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated' })).toEqual([]);
    expect(await b.call('ModifyImageAttribute', { ImageId: id, Description: 'gone' })).toMatchObject({ code: 'InvalidImageId.NotFound', httpStatus: 404 });
    expect(await b.call('DeleteImage', { ImageId: id })).toMatchObject({ code: 'InvalidImageId.NotFound' });
  });

  it('deletes a shared image only after its accounts are removed', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 1);
    expect(await b.call('DeleteImage', { ImageId: id })).toMatchObject({ code: 'ImageUseShared', rules: expect.arrayContaining(['ecs.state.DeleteNeedsUnshare']) });
    await b.body('ModifyImageSharePermission', { ImageId: id, 'RemoveAccount.1': SEED.shareTargets[0]! });
    expect((await b.call('DeleteImage', { ImageId: id })).kind).toBe('ok');
    expect(await b.images({ ImageId: id })).toEqual([]);
  });

  it('deletes an image used by instances only with Force=true', async () => {
    const b = new EcsBench();
    expect(await b.call('DeleteImage', { ImageId: SEED.main.imageInUse, Force: 'false' })).toMatchObject({ code: 'ImageUsingByInstance', httpStatus: 403 });
    expect(await b.call('DeleteImage', { ImageId: SEED.main.imageInUse, Force: 'true' })).toMatchObject({
      kind: 'ok', rules: expect.arrayContaining(['ecs.DeleteImage.state.ForceDeletesInUse']),
    });
    expect(await b.images({ ImageId: SEED.main.imageInUse })).toEqual([]);
  });

  it('deletes an image still being created, and nothing on DryRun=true', async () => {
    const b = new EcsBench();
    const young = imageIdOf(await b.call('CreateImage', { SnapshotId: SEED.main.ecsSnapshot }));
    const kept = await b.image();
    expect(await b.call('DeleteImage', { ImageId: kept, DryRun: 'true' })).toMatchObject({ code: 'DryRunOperation' });
    expect((await b.call('DeleteImage', { ImageId: young })).kind).toBe('ok');
    expect((await b.images({ ImageOwnerAlias: 'self', Status: 'ALL' })).map((i) => i['ImageId']).sort()).toEqual([SEED.main.imageInUse, kept].sort());
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
