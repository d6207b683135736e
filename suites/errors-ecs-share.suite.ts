import { describe } from 'vitest';
import { conformance, dropEcsImage, ErrorRules, probeRefusal, shareEcsImage, UNKNOWN_IDS, type RuleTest } from '../harness/index.js';

// Documented error codes of ECS ModifyImageSharePermission and DescribeImageSharePermission, on
// ECS images made from the profile's source, shared with the profile's accounts (shareAccounts).
const c = conformance();
const e = new ErrorRules(c, ['ecs.ModifyImageSharePermission', 'ecs.DescribeImageSharePermission']);
const mutates = { mutates: true, timeout: c.isCloud ? 3_600_000 : 120_000 };
const share = (code: string) => `ecs.ModifyImageSharePermission.error.${code}`;
const NO_SOURCE = 'could not create an ECS image from the profile\'s source (resources.ecs.snapshotId or instanceId)';
const PER_IMAGE = 50;
const accountsOf = (t: RuleTest) => t.profile.shareAccounts ?? (t.profile.peer ? [t.profile.peer.accountId] : []);

/** Runs `fn` on a new Available ECS image with an account to share it with, then unshares and deletes the image. */
async function withImage(t: RuleTest, ids: string[], fn: (imageId: string, account: string) => Promise<void>): Promise<void> {
  const account = accountsOf(t)[0];
  if (!account) return ids.forEach((id) => t.skip(id, 'the profile names no account to share with (shareAccounts or peer)'));
  const imageId = await t.fx.ecsImage();
  if (!imageId) return ids.forEach((id) => t.skip(id, NO_SOURCE));
  try {
    await fn(imageId, account);
  } finally {
    await dropEcsImage(t, imageId);
  }
}

describe('errors: ECS image sharing', () => {
  // Refused inputs on one regular image. IsPublic=true goes with DryRun: should a target accept
  // the conflict, the dry run keeps it from publishing the image as a community image.
  const inputs: [string, (account: string, unknown: string) => Record<string, string | string[] | boolean | undefined>][] = [
    ['MissingParameter', (a) => ({ RegionId: undefined, AddAccount: [a] })],
    ['UnnecessaryParameter.LaunchPermission', (a) => ({ LaunchPermission: 'hide', AddAccount: [a] })],
    ['Image.NotPublic', () => ({ IsPublic: false })],
    ['InvalidParameter.IsPublic', (a) => ({ IsPublic: true, AddAccount: [a], DryRun: true })],
    ['InvalidAccount.NotFound', (_a, unknown) => ({ AddAccount: [unknown] })],
    ['InvalidAccount.Forbbiden', () => ({ AddAccount: [c.profile.accountId] })],
  ];
  const ids = inputs.map(([code]) => share(code));
  e.rule(ids, async (t) => withImage(t, ids, async (imageId, account) => {
    const unknown = t.fx.unknownAccount();
    for (const [code, params] of inputs) {
      const judging = code === 'InvalidAccount.NotFound' && unknown.cannotJudge ? { cannotJudge: unknown.cannotJudge } : {};
      await probeRefusal(t, share(code), 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, ...params(account, unknown.id) }, {}, judging);
    }
  }), mutates);

  e.rule(share('QuotaExceed.ShareImageUser'), async (t) => {
    const id = share('QuotaExceed.ShareImageUser');
    const accounts = accountsOf(t);
    if (accounts.length <= PER_IMAGE) return t.skip(id, `needs ${PER_IMAGE + 1} accounts to share with; the profile names ${accounts.length} (shareAccounts)`);
    await withImage(t, [id], async (imageId) => {
      if (!(await shareEcsImage(t, imageId, accounts.slice(0, PER_IMAGE)))) return t.unknown(id, `could not share the image with ${PER_IMAGE} accounts`);
      await probeRefusal(t, id, 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [accounts[PER_IMAGE]!] });
    });
  }, mutates);

  e.rule(share('OperationDenied.InvalidImageStatus'), async (t) => withImage(t, [share('OperationDenied.InvalidImageStatus')], async (imageId, account) => {
    const id = share('OperationDenied.InvalidImageStatus');
    const deprecated = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, Status: 'Deprecated' });
    if (deprecated.status !== 200) return t.unknown(id, `could not deprecate the image (HTTP ${deprecated.status})`);
    await probeRefusal(t, id, 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [account] });
  }), mutates);

  // Unknown ids and a missing RegionId change nothing: these run where mutations are not allowed too.
  e.rule(share('InvalidImageId.NotFound'), async (t) => {
    await t.probe(share('InvalidImageId.NotFound'), 'ecs', 'ModifyImageSharePermission', { ImageId: UNKNOWN_IDS.ecsImage, AddAccount: [accountsOf(t)[0] ?? t.fx.unknownAccount().id] });
  });
  e.rule('ecs.DescribeImageSharePermission.error.InvalidImageId.NotFound', async (t) => {
    await t.probe('ecs.DescribeImageSharePermission.error.InvalidImageId.NotFound', 'ecs', 'DescribeImageSharePermission', { ImageId: UNKNOWN_IDS.ecsImage });
  });
  e.rule('ecs.DescribeImageSharePermission.error.MissingParameter', async (t) => {
    const imageId = t.profile.resources?.ecs?.imageInUse ?? UNKNOWN_IDS.ecsImage;
    await t.probe('ecs.DescribeImageSharePermission.error.MissingParameter', 'ecs', 'DescribeImageSharePermission', { RegionId: undefined, ImageId: imageId });
  });

  e.rest();
});
