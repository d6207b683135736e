import { describeImagesQuery } from '../../describeImagesQuery.js';
import { ecsDryRun } from '../../ecsDryRun.js';
import { ecsImageItem } from '../../ecsImageItem.js';
import { ecsVisibleImages } from '../../ecsVisibleImages.js';
import type { Handler, OpContext } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';

/** The response-field deviations: CreationTime in another format, ImageOwnerId as a string. */
function bent(ctx: OpContext, item: Record<string, unknown>): Record<string, unknown> {
  const out = { ...item };
  if (ctx.dev('ecs-time-format')) out['CreationTime'] = String(item['CreationTime']).replace('T', ' ').replace('Z', '');
  if (ctx.dev('ecs-owner-id-string') && item['ImageOwnerId'] !== undefined) out['ImageOwnerId'] = String(item['ImageOwnerId']);
  return out;
}

/**
 * ecs.DescribeImages: the images the caller sees in the region (ecsVisibleImages), filtered,
 * newest first (the order is undocumented; our choice), paged with PageSize 10 by default.
 * Without Status only Available images are listed; alias-filter-ignored drops ImageOwnerAlias.
 */
export const describeImages: Handler = (ctx, values) => {
  const { ImageOwnerAlias: _alias, ...unaliased } = values;
  const aliased = ctx.dev('alias-filter-ignored') ? unaliased : values;
  const query = describeImagesQuery(ctx.op, ctx.dev('ecs-images-snapshot-filter-ignored') ? { ...aliased, SnapshotId: undefined } : aliased);
  if ('code' in query) return ctx.fail(query.code);
  if (readValues(values).bool('DryRun') === true) return ecsDryRun(ctx);
  const found = ecsVisibleImages(ctx).filter((x) => query.matches(x, ctx.now));
  // Newest first; among images created in the same second, the later inserted first.
  const ordered = found.map((x, i) => ({ x, i }))
    .sort((a, b) => (a.x.image.CreationTime === b.x.image.CreationTime ? b.i - a.i : a.x.image.CreationTime < b.x.image.CreationTime ? 1 : -1))
    .map(({ x }) => x);
  const page = listPage(ctx, ordered, values['PageNumber'], values['PageSize']);
  const rules = ['ecs.DescribeImages.response.schema', 'ecs.DescribeImages.state.Paging'];
  if (values['Status'] === undefined) rules.push('ecs.DescribeImages.state.DefaultStatusAvailable');
  else rules.push('ecs.DescribeImages.state.StatusList');
  if (values['ImageOwnerAlias'] === 'self') rules.push('ecs.DescribeImages.state.OwnerAliasSelf');
  rules.push('ecs.isolation.OwnImagesUnderSelf', 'ecs.isolation.UnsharedInvisible', 'ecs.isolation.SharedUnderOthers', 'ecs.isolation.OtherRegionNotListed');
  if (page.items.some((x) => x.alias === 'others' && !x.ownerId)) rules.push('swas.state.ShareVisibleInEcs');
  return ok({
    RegionId: ctx.regionId,
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Images: { Image: page.items.map((x) => bent(ctx, ecsImageItem(x, ctx.now))) },
  }, ...rules);
};
