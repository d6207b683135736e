import { afterAll, describe, expect, it } from 'vitest';
import type { ModelDeviation } from '../../modelDeviations.js';
import type { ModelOptions } from '../../Model.js';
import { SEED } from '../../seed.js';
import { EcsBench, emittedRules, unknownRules } from './ecsBench.js';

const T = SEED.shareTargets;
const accounts = (list: readonly string[]) => Object.fromEntries(list.map((a, i) => [`AddAccount.${i + 1}`, a]));
const TRIM_OFF = new Set(['ecs.ModifyImageSharePermission.param.AddAccount.maxItems']);
const benches = (name: ModelDeviation, options: ModelOptions = {}) => [new EcsBench(options), new EcsBench({ ...options, deviations: new Set([name]) })] as const;

/** What one scenario shows without and with the deviation. */
async function both<T>(name: ModelDeviation, scenario: (b: EcsBench) => Promise<T>, options?: ModelOptions): Promise<[T, T]> {
  const [plain, deviant] = benches(name, options);
  return [await scenario(plain), await scenario(deviant)];
}

const code = (o: { kind: string; code?: string }) => (o.kind === 'ok' ? 'ok' : o.code);

async function swasShared(b: EcsBench, unshare: boolean): Promise<number> {
  const made = await b.call('CreateCustomImage', { InstanceId: SEED.main.servers[0], SystemSnapshotId: 's-seed00000000sys1', ImageName: 'swas-dev' }, undefined, 'swas');
  const id = String((made as { body: Record<string, unknown> }).body['ImageId']);
  b.clock += 1_000;
  await b.call('ModifyImageShareStatus', { ImageId: id, Operation: 'Share' }, undefined, 'swas');
  if (unshare) await b.call('ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' }, undefined, 'swas');
  return (await b.images({ ImageId: id })).length;
}

async function sharedCount(b: EcsBench, before: number, add: readonly string[]): Promise<[string | undefined, number]> {
  const id = await b.image();
  await b.shareWith(id, 0, before);
  const outcome = await b.call('ModifyImageSharePermission', { ImageId: id, ...accounts(add) });
  return [code(outcome), (await b.sharedWith(id)).length];
}

/** The outcome code of ModifyImageAttribute `change` on a new image after the `setup` calls ([action, params]). */
async function modifyAfter(b: EcsBench, setup: [string, Record<string, string>][], change: Record<string, string>): Promise<string | undefined> {
  const id = await b.image();
  for (const [action, params] of setup) await b.body(action, { ImageId: id, ...params });
  return code(await b.call('ModifyImageAttribute', { ImageId: id, ...change }));
}

describe('ECS deviations of the model', () => {
  it('share-not-in-ecs: a shared SWAS image is not listed', async () => {
    expect(await both('share-not-in-ecs', (b) => swasShared(b, false))).toEqual([1, 0]);
  });
  it('unshare-keeps-ecs: an unshared SWAS image stays listed', async () => {
    expect(await both('unshare-keeps-ecs', (b) => swasShared(b, true))).toEqual([0, 1]);
  });
  it('share-extras-rejected: 11 accounts are an error', async () => {
    expect(await both('share-extras-rejected', (b) => sharedCount(b, 0, T.slice(0, 11)), { skipChecks: TRIM_OFF })).toEqual([['ok', 10], ['InvalidParameter', 0]]);
  });
  it('share-extras-applied: all 11 accounts are applied', async () => {
    expect(await both('share-extras-applied', (b) => sharedCount(b, 0, T.slice(0, 11)), { skipChecks: TRIM_OFF })).toEqual([['ok', 10], ['ok', 11]]);
  });
  it('share-limit-off: a 51st account gets in', async () => {
    expect(await both('share-limit-off', (b) => sharedCount(b, 50, T.slice(50, 55)))).toEqual([['QuotaExceed.ShareImageUser', 50], ['ok', 55]]);
  });
  it('share-limit-off-by-one: a 51st account gets in, a 52nd does not', async () => {
    expect(await both('share-limit-off-by-one', (b) => sharedCount(b, 50, T.slice(50, 51)))).toEqual([['QuotaExceed.ShareImageUser', 50], ['ok', 51]]);
    expect(await both('share-limit-off-by-one', (b) => sharedCount(b, 50, T.slice(50, 52)))).toEqual([['QuotaExceed.ShareImageUser', 50], ['QuotaExceed.ShareImageUser', 50]]);
  });
  it('race-share-limit: concurrent adds around 50 pass the limit with it, never without', async () => {
    const race = async (b: EcsBench) => {
      const id = await b.image();
      await b.shareWith(id, 0, 40);
      await Promise.all([0, 1, 2].map((k) => b.call('ModifyImageSharePermission', { ImageId: id, ...accounts(T.slice(40 + 5 * k, 45 + 5 * k)) })));
      return (await b.sharedWith(id)).length;
    };
    const [plain, deviant] = await both('race-share-limit', race);
    expect(plain).toBe(50);
    expect(deviant).toBeGreaterThan(50);
  });
  it('deprecate-shared-allowed: a shared image can be deprecated', async () => {
    expect(await both('deprecate-shared-allowed', (b) => modifyAfter(b, [['ModifyImageSharePermission', { 'AddAccount.1': T[0]! }]], { Status: 'Deprecated' })))
      .toEqual(['ImageUseShared', 'ok']);
  });
  it('deprecated-shareable: a deprecated image can be shared', async () => {
    const scenario = async (b: EcsBench) => {
      const id = await b.image();
      await b.body('ModifyImageAttribute', { ImageId: id, Status: 'Deprecated' });
      return code(await b.call('ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': T[0]! }));
    };
    expect(await both('deprecated-shareable', scenario)).toEqual(['OperationDenied.InvalidImageStatus', 'ok']);
  });
  it('imds-downgrade-allowed: ImdsSupport goes back to v1', async () => {
    expect(await both('imds-downgrade-allowed', (b) => modifyAfter(b, [['ModifyImageAttribute', { 'Features.ImdsSupport': 'v2' }]], { 'Features.ImdsSupport': 'v1' })))
      .toEqual(['InvalidOperation.FeaturesImdsSupportNotMatch', 'ok']);
  });
  it('restore-resets-imds: restoring a Deprecated image takes ImdsSupport back to v1', async () => {
    const scenario = async (b: EcsBench) => {
      const id = await b.image();
      for (const change of [{ 'Features.ImdsSupport': 'v2' }, { Status: 'Deprecated' }, { Status: 'Available' }] as Record<string, string>[]) await b.body('ModifyImageAttribute', { ImageId: id, ...change });
      return ((await b.images({ ImageId: id }))[0]!['Features'] as { ImdsSupport: string }).ImdsSupport;
    };
    expect(await both('restore-resets-imds', scenario)).toEqual(['v2', 'v1']);
  });
  it('restore-any-status: an Available image can be restored', async () => {
    expect(await both('restore-any-status', (b) => modifyAfter(b, [], { Status: 'Available' }))).toEqual(['ImageStatus.NotDeprecated', 'ok']);
  });
  it('deprecate-any-status: a Deprecated image can be deprecated again', async () => {
    expect(await both('deprecate-any-status', (b) => modifyAfter(b, [['ModifyImageAttribute', { Status: 'Deprecated' }]], { Status: 'Deprecated' }))).toEqual(['ImageStatus.NotAvailable', 'ok']);
  });
  it('creating-modifiable: an image still Creating can be modified', async () => {
    const scenario = async (b: EcsBench) => {
      const { ImageId } = await b.body('CreateImage', { SnapshotId: SEED.main.ecsSnapshot });
      return code(await b.call('ModifyImageAttribute', { ImageId: String(ImageId), Description: 'early bird' }));
    };
    expect(await both('creating-modifiable', scenario)).toEqual(['InvalidStatus.ImageIsCreating', 'ok']);
  });
  it('bootmode-case-insensitive: uefi is taken as UEFI', async () => {
    const skip = { skipChecks: new Set(['ecs.ModifyImageAttribute.param.BootMode.enum']) };
    const scenario = async (b: EcsBench) => {
      const id = await b.image();
      const outcome = code(await b.call('ModifyImageAttribute', { ImageId: id, BootMode: 'uefi' }));
      return [outcome, (await b.images({ ImageId: id }))[0]!['BootMode']];
    };
    expect(await both('bootmode-case-insensitive', scenario, skip)).toEqual([['InvalidBootMode.NotSupport', 'UEFI-Preferred'], ['ok', 'UEFI']]);
  });
  it('share-to-self-allowed: the own account can be added', async () => {
    expect(await both('share-to-self-allowed', (b) => sharedCount(b, 0, [SEED.main.accountId]))).toEqual([['InvalidAccount.Forbbiden', 0], ['ok', 1]]);
  });
  it('unknown-account-accepted: an account that does not exist can be added', async () => {
    expect(await both('unknown-account-accepted', (b) => sharedCount(b, 0, ['1999999999999999']))).toEqual([['InvalidAccount.NotFound', 0], ['ok', 1]]);
  });
  it('client-token-ignored / client-token-mismatch-ignored: CreateImage retries create again / replay', async () => {
    const retry = async (b: EcsBench) => {
      const params = { SnapshotId: SEED.main.ecsSnapshot, ImageName: 'retried', ClientToken: 'tok' };
      const first = code(await b.call('CreateImage', params));
      const second = code(await b.call('CreateImage', params));
      return [first, second];
    };
    expect(await both('client-token-ignored', retry)).toEqual([['ok', 'ok'], ['ok', 'InvalidImageName.Duplicated']]);
    const mismatch = async (b: EcsBench) => {
      await b.call('CreateImage', { SnapshotId: SEED.main.ecsSnapshot, ClientToken: 'tok' });
      return code(await b.call('CreateImage', { SnapshotId: SEED.main.ecsSnapshot, ClientToken: 'tok', Description: 'other' }));
    };
    expect(await both('client-token-mismatch-ignored', mismatch)).toEqual(['IdempotenceParamNotMatch', 'ok']);
  });

  afterAll(() => {
    expect(unknownRules(emittedRules)).toEqual([]);
  });
});
