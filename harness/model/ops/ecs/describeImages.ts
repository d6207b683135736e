import { describeImagesQuery } from '../../describeImagesQuery.js';
import { ecsDryRun } from '../../ecsDryRun.js';
import { ecsImageItem } from '../../ecsImageItem.js';
import { ecsVisibleImages } from '../../ecsVisibleImages.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';

/**
 * ecs.DescribeImages: the images the caller sees in the region (ecsVisibleImages), filtered,
 * newest first (the order is undocumented; our choice), paged with PageSize 10 by default.
 * Without Status only Available images are listed.
 */
export const describeImages: Handler = (ctx, values) => {
  const query = describeImagesQuery(ctx.op, ctx.dev('ecs-images-snapshot-filter-ignored') ? { ...values, SnapshotId: undefined } : values);
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
  if (page.items.some((x) => x.alias === 'others' && !x.ownerId)) rules.push('swas.state.ShareVisibleInEcs');
  return ok({
    RegionId: ctx.regionId,
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Images: { Image: page.items.map((x) => ecsImageItem(x, ctx.now)) },
  }, ...rules);
};
