import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../seed.js';
import { EcsBench, emittedRules, unknownRules } from './ecsBench.js';

const T = SEED.shareTargets;
const accounts = (list: readonly string[], key = 'AddAccount') => Object.fromEntries(list.map((a, i) => [`${key}.${i + 1}`, a]));

describe('ecs.ModifyImageSharePermission', () => {
  it('processes 10 accounts of one call and ignores the 11th', async () => {
    const b = new EcsBench();
    const ten = await b.image();
    const ok10 = await b.call('ModifyImageSharePermission', { ImageId: ten, ...accounts(T.slice(0, 10)) });
    expect(ok10.rules).toContain('ecs.quota.AccountsPerCall');
    expect(await b.sharedWith(ten)).toEqual(T.slice(0, 10));
    const eleven = await b.image();
    const ok11 = await b.call('ModifyImageSharePermission', { ImageId: eleven, ...accounts(T.slice(0, 11)) });
    expect(ok11).toMatchObject({ kind: 'ok', rules: expect.arrayContaining(['ecs.quota.AccountsPerCall']) });
    expect(await b.sharedWith(eleven)).toEqual(T.slice(0, 10));
  });

  it('shares with 50 accounts and refuses the 51st, changing nothing', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 50);
    expect(await b.sharedWith(id)).toHaveLength(50);
    expect(await b.call('ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': T[50]! })).toMatchObject({
      code: 'QuotaExceed.ShareImageUser', httpStatus: 403, rules: expect.arrayContaining(['ecs.quota.ShareAccountsPerImage']),
    });
    expect(await b.sharedWith(id)).toEqual(T.slice(0, 50));
  });

  it('refuses a call that would pass 50 as a whole, and counts removals first', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 45);
    expect(await b.call('ModifyImageSharePermission', { ImageId: id, ...accounts(T.slice(45, 55)) })).toMatchObject({ code: 'QuotaExceed.ShareImageUser' });
    expect(await b.sharedWith(id)).toHaveLength(45);
    await b.shareWith(id, 45, 50);
    const swap = await b.call('ModifyImageSharePermission', { ImageId: id, 'RemoveAccount.1': T[0]!, 'AddAccount.1': T[50]! });
    expect(swap.kind).toBe('ok');
    expect(await b.sharedWith(id)).toEqual([...T.slice(1, 50), T[50]]);
  });

  it('lists accounts by SharedTime, keeps the first SharedTime on a re-add, removes only the named ones', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 2);
    b.clock += 5_000;
    await b.shareWith(id, 2, 3);
    await b.body('ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': T[0]! });
    const body = await b.body('DescribeImageSharePermission', { ImageId: id });
    const listed = (body['Accounts'] as { Account: { AliyunId: string; SharedTime: string }[] }).Account;
    expect(listed.map((a) => a.AliyunId)).toEqual([T[0], T[1], T[2]]);
    expect(listed[0]!.SharedTime < listed[2]!.SharedTime).toBe(true);
    expect(body['ShareGroups']).toEqual({ ShareGroup: [] });
    const removed = await b.call('ModifyImageSharePermission', { ImageId: id, 'RemoveAccount.1': T[1]!, 'RemoveAccount.2': T[40]! });
    expect(removed.rules).toContain('ecs.ModifyImageSharePermission.state.RemoveKeepsOthers');
    expect(await b.sharedWith(id)).toEqual([T[0], T[2]]);
  });

  it('pages the account list with PageSize 10 by default', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 12);
    const first = await b.body('DescribeImageSharePermission', { ImageId: id });
    const second = await b.body('DescribeImageSharePermission', { ImageId: id, PageNumber: '2' });
    expect(first).toMatchObject({ TotalCount: 12, PageNumber: 1, PageSize: 10 });
    expect((first['Accounts'] as { Account: unknown[] }).Account).toHaveLength(10);
    expect(second).toMatchObject({ TotalCount: 12, PageNumber: 2, Accounts: { Account: [{ AliyunId: T[10] }, { AliyunId: T[11] }] } });
    const fresh = await b.call('DescribeImageSharePermission', { ImageId: await b.image() });
    expect(fresh).toMatchObject({ body: { TotalCount: 0, Accounts: { Account: [] } }, rules: expect.arrayContaining(['ecs.DescribeImageSharePermission.state.UnsharedEmpty']) });
  });

  it('makes the image visible to the account shared with, as others, and only to it', async () => {
    const b = new EcsBench();
    const id = await b.image({ ImageName: 'for-peer' });
    await b.body('ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': SEED.peer.accountId });
    const seen = await b.images({ ImageId: id }, SEED.peer.accountId);
    expect(seen).toMatchObject([{ ImageId: id, ImageOwnerAlias: 'others', ImageOwnerId: Number(SEED.main.accountId), Tags: { Tag: [] } }]);
    expect(await b.images({ ImageId: id, ImageOwnerAlias: 'self' }, SEED.peer.accountId)).toEqual([]);
    // The receiver cannot manage it.
    for (const action of ['ModifyImageSharePermission', 'ModifyImageAttribute', 'DeleteImage', 'DescribeImageSharePermission']) {
      expect(await b.call(action, { ImageId: id, Description: 'not mine' }, SEED.peer.accountId)).toMatchObject({ code: 'InvalidImageId.NotFound' });
    }
    await b.body('ModifyImageSharePermission', { ImageId: id, 'RemoveAccount.1': SEED.peer.accountId });
    expect(await b.images({ ImageId: id }, SEED.peer.accountId)).toEqual([]);
  });

  it('shares an image still being created and unshares a deprecated one (no document forbids either)', async () => {
    const b = new EcsBench();
    const { ImageId } = await b.body('CreateImage', { SnapshotId: SEED.main.ecsSnapshot });
    expect((await b.call('ModifyImageSharePermission', { ImageId: String(ImageId), 'AddAccount.1': T[0]! })).kind).toBe('ok');
    const old = await b.image();
    await b.body('ModifyImageAttribute', { ImageId: old, Status: 'Deprecated' });
    expect((await b.call('ModifyImageSharePermission', { ImageId: old, 'RemoveAccount.1': T[0]! })).kind).toBe('ok');
    expect((await b.call('ModifyImageSharePermission', { ImageId: old })).kind).toBe('ok');
  });

  it('answers IsPublic=true alone and LaunchPermission alone with the cloud-only codes of an ordinary account', async () => {
    const b = new EcsBench();
    const id = await b.image();
    expect(await b.call('ModifyImageSharePermission', { ImageId: id, IsPublic: 'true' })).toMatchObject({ code: 'PublicImageAgreement.NotSigned', httpStatus: 403 });
    expect(await b.call('ModifyImageSharePermission', { ImageId: id, LaunchPermission: 'hide' })).toMatchObject({ code: 'ForbiddenParameter.LaunchPermission', httpStatus: 400 });
  });

  it('never passes 50 accounts under concurrent adds', async () => {
    const b = new EcsBench();
    const id = await b.image();
    await b.shareWith(id, 0, 40);
    const [x, y] = await Promise.all([
      b.call('ModifyImageSharePermission', { ImageId: id, ...accounts(T.slice(40, 50)) }),
      b.call('ModifyImageSharePermission', { ImageId: id, ...accounts(T.slice(50, 60)) }),
    ]);
    expect([x!.kind, y!.kind].sort()).toEqual(['error', 'ok']);
    expect(await b.sharedWith(id)).toHaveLength(50);
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
