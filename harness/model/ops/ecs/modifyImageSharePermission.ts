import { accountExists } from '../../accountExists.js';
import { ecsDryRun } from '../../ecsDryRun.js';
import { ecsImageStatus } from '../../ecsImageStatus.js';
import type { Handler, OpContext } from '../../OpContext.js';
import { ok, type Outcome } from '../../outcome.js';
import { reachableEcsImage } from '../../ownEcsImage.js';
import { readValues } from '../../readValues.js';
import { overShareLimit, SHARE_ACCOUNTS_PER_IMAGE, shareLimit } from '../../shareLimit.js';

const PER_CALL = 10;

/** The accounts named in AddAccount / RemoveAccount: the caller's own (Add only) and unknown ones are refused. */
function checkAccounts(ctx: OpContext, add: string[], remove: string[]): Outcome | undefined {
  for (const id of add) {
    if (id === ctx.account.id && !ctx.dev('share-to-self-allowed')) return ctx.fail('InvalidAccount.Forbbiden');
    if (id !== ctx.account.id && !accountExists(ctx.state, id) && !ctx.dev('unknown-account-accepted')) return ctx.fail('InvalidAccount.NotFound');
  }
  for (const id of remove) {
    if (!accountExists(ctx.state, id) && !ctx.dev('unknown-account-accepted')) return ctx.fail('InvalidAccount.NotFound');
  }
  return undefined;
}

/** Under share-half-applied: RemoveAccount then AddAccount, one account at a time; the first refusal stops it (what came before stays). */
function applyInTurn(ctx: OpContext, shares: Map<string, string>, add: string[], remove: string[], limit: number): Outcome | undefined {
  for (const id of remove) {
    const error = checkAccounts(ctx, [], [id]);
    if (error) return error;
    shares.delete(id);
  }
  for (const id of add) {
    const error = checkAccounts(ctx, [id], []) ?? (overShareLimit(shares, [id], [], limit) ? ctx.fail('QuotaExceed.ShareImageUser', 'ecs.quota.ShareAccountsPerImage') : undefined);
    if (error) return error;
    if (!shares.has(id)) shares.set(id, ctx.iso());
  }
  return undefined;
}

/** IsPublic or LaunchPermission sent together with accounts. */
function checkPublishing(ctx: OpContext, isPublic: boolean | undefined, launch: string | undefined, accounts: boolean): Outcome | undefined {
  if (launch !== undefined && accounts) return ctx.fail('UnnecessaryParameter.LaunchPermission');
  if (isPublic === true && accounts) return ctx.fail('InvalidParameter.IsPublic');
  return undefined;
}

/**
 * ecs.ModifyImageSharePermission: shares one of the caller's own images with accounts
 * (AddAccount) or stops sharing it (RemoveAccount); RemoveAccount is applied first. Validation has
 * already kept the first 10 accounts of each list (unless the catalogue switched that off for the
 * share-extras-* deviations). Undocumented, our choices: adding an account already shared with or
 * removing one not shared with succeeds without effect (the first SharedTime is kept); a call with
 * no account at all succeeds; an image still being created can be shared; removing the caller's
 * own account is no error. Model readings of cloud-only cases: no model image is a community image,
 * so IsPublic=false is Image.NotPublic; publishing (IsPublic=true) meets an account that never
 * signed the community image terms; LaunchPermission alone meets an account outside its preview.
 */
export const modifyImageSharePermission: Handler = async (ctx, values) => {
  const v = readValues(values);
  const sentAdd = v.list('AddAccount') ?? [];
  const sentRemove = v.list('RemoveAccount') ?? [];
  // An account named twice in one list is one account (our reading).
  const add = [...new Set(sentAdd.slice(0, ctx.dev('share-extras-applied') || ctx.dev('share-extras-rejected') ? undefined : PER_CALL))];
  const remove = [...new Set(sentRemove.slice(0, PER_CALL))];
  const isPublic = v.bool('IsPublic');
  const launch = v.str('LaunchPermission');
  const conflict = checkPublishing(ctx, isPublic, launch, add.length + remove.length > 0);
  if (conflict) return conflict;
  // Reached only when the catalogue switched the trim off (share-extras-*): reject or apply all.
  if (sentAdd.length > PER_CALL && ctx.dev('share-extras-rejected')) {
    return { kind: 'error', httpStatus: 400, code: 'InvalidParameter', message: 'The specified parameter "AddAccount" is not valid.', rules: [] };
  }

  // The caller's SWAS images shared to ECS and images shared with it by others are not found.
  const image = reachableEcsImage(ctx, v.str('ImageId'), 'recipient-reshares')?.image;
  if (!image) return ctx.fail('InvalidImageId.NotFound', 'ecs.ModifyImageSharePermission.isolation.OwnerOnly', 'ecs.isolation.OtherRegionRefused');
  if (isPublic === false) return ctx.fail('Image.NotPublic');
  if (isPublic === true) return ctx.fail('PublicImageAgreement.NotSigned');
  if (launch !== undefined) return ctx.fail('ForbiddenParameter.LaunchPermission');
  if (add.length && ecsImageStatus(image, ctx.now) === 'Deprecated' && !ctx.dev('deprecated-shareable')) {
    return ctx.fail('OperationDenied.InvalidImageStatus', 'ecs.state.DeprecatedNotShareable');
  }
  const accountError = checkAccounts(ctx, add, remove);
  const limit = shareLimit(ctx);
  // share-half-applied: the accounts are applied one by one, up to the first refused one.
  if (ctx.dev('share-half-applied') && v.bool('DryRun') !== true) {
    const failed = applyInTurn(ctx, image.shares, add, remove, limit);
    if (failed) return failed;
  }
  if (accountError) return accountError;
  const race = add.length > 0 && ctx.dev('race-share-limit');
  if (overShareLimit(image.shares, add, remove, limit)) return ctx.fail('QuotaExceed.ShareImageUser', 'ecs.quota.ShareAccountsPerImage');
  if (v.bool('DryRun') === true) return ecsDryRun(ctx);
  // race-share-limit: the check above and the change below are no longer one step.
  if (race) await ctx.yieldFor(20);

  for (const id of remove) {
    if (image.shares.delete(id) && ctx.dev('revoked-share-visible')) (image.revokedFrom ??= new Set()).add(id);
  }
  for (const id of add) if (!image.shares.has(id)) image.shares.set(id, ctx.iso());

  const rules = ['ecs.ModifyImageSharePermission.response.schema', 'ecs.ModifyImageSharePermission.state.AccountsListed'];
  if (remove.length) rules.push('ecs.ModifyImageSharePermission.state.RemoveKeepsOthers');
  if (add.length && limit === SHARE_ACCOUNTS_PER_IMAGE) rules.push('ecs.quota.ShareAccountsPerImage');
  if (add.length && limit === SHARE_ACCOUNTS_PER_IMAGE && !race) rules.push('ecs.concurrency.ShareLimitUnderConcurrentAdds');
  // The count sent is not visible here: a full list of 10 may have been trimmed from more.
  if (sentAdd.length === PER_CALL || sentRemove.length === PER_CALL) rules.push('ecs.quota.AccountsPerCall');
  return ok({}, ...rules);
};
