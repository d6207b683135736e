import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { reachableEcsImage } from '../../ownEcsImage.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';

/**
 * ecs.DescribeImageSharePermission: the accounts one of the caller's own images is shared with,
 * oldest share first (the order is undocumented; our choice), paged with PageSize 10 by default.
 * The model has no share groups, so ShareGroups.ShareGroup is always empty.
 */
export const describeImageSharePermission: Handler = (ctx, values) => {
  const image = reachableEcsImage(ctx, readValues(values).str('ImageId'), 'recipient-reads-shares')?.image;
  if (!image) return ctx.fail('InvalidImageId.NotFound', 'ecs.isolation.SharePermissionOwnerOnly', 'ecs.isolation.OtherRegionRefused');
  // Map order is insertion order, so equal SharedTimes keep the order the accounts were added in.
  const accounts = [...image.shares].map(([AliyunId, SharedTime], i) => ({ AliyunId, SharedTime, i }))
    .sort((a, b) => (a.SharedTime === b.SharedTime ? a.i - b.i : a.SharedTime < b.SharedTime ? -1 : 1))
    .map(({ AliyunId, SharedTime }) => ({ AliyunId, SharedTime }));
  const page = listPage(ctx, accounts, values['PageNumber'], values['PageSize']);
  const rules = ['ecs.DescribeImageSharePermission.response.schema', 'ecs.DescribeImageSharePermission.state.Paging', 'ecs.ModifyImageSharePermission.state.AccountsListed'];
  if (accounts.length === 0) rules.push('ecs.DescribeImageSharePermission.state.UnsharedEmpty');
  return ok({
    ImageId: image.ImageId,
    RegionId: ctx.regionId,
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Accounts: { Account: page.items },
    ShareGroups: { ShareGroup: [] },
  }, ...rules);
};
