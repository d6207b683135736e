import { customImageItem, shownInShare } from '../../customImageItem.js';
import { inRegion } from '../../inRegion.js';
import { matchTags } from '../../matchTags.js';
import { othersListed } from '../../otherAccounts.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';
import type { CustomImage } from '../../state.js';

const newestFirst = (a: CustomImage, b: CustomImage) =>
  a.CreationTime === b.CreationTime ? (a.ImageId < b.ImageId ? 1 : -1) : a.CreationTime < b.CreationTime ? 1 : -1;

/**
 * swas.ListCustomImages: the account's custom images in the region, newest first, filtered by
 * every given filter (logical AND), one page of them. TotalCount, PageNumber and PageSize are
 * strings. Share (inferred): true lists images shared to ECS, false the others. An empty string
 * filter counts as not given.
 */
export const listCustomImages: Handler = (ctx, values) => {
  const v = readValues(values);
  const ids = v.list('ImageIds');
  const names = v.list('ImageNames');
  const share = v.bool('Share');
  const eq = (filter: string | undefined, value: string) => !filter || filter === value;
  const named = (name: string) => names!.some((n) => n === name || (ctx.dev('image-names-prefix-match') && name.startsWith(n)));
  const shared = (i: CustomImage) => shownInShare(ctx, i) || (ctx.dev('share-filter-stale') && i.everShared === true);
  let images = inRegion(ctx.account.customImages, ctx.regionId, ctx.dev('region-leak-swas')).list.concat(othersListed(ctx, 'lists-all-accounts', (a) => a.customImages));
  if (ctx.dev('stale-list-after-delete')) images = images.concat(inRegion(ctx.account.deletedCustomImages, ctx.regionId).list);
  const matching = images
    .filter((i) => (!ids || ids.includes(i.ImageId)) && (!names || named(i.Name)))
    .filter((i) => eq(v.str('InstanceId'), i.InstanceId) && eq(v.str('SystemSnapshotId'), i.SystemSnapshotId))
    .filter((i) => eq(v.str('DataSnapshotId'), i.DataSnapshotId) && eq(v.str('ResourceGroupId'), i.ResourceGroupId))
    .filter((i) => (share === undefined || shared(i) === share) && matchTags(i.Tags, v.tags()))
    .sort(newestFirst);
  if (ctx.state.readings?.listsReversed) matching.reverse();
  const page = listPage(ctx, matching, v.int('PageNumber'), v.int('PageSize'));
  const count = ctx.dev('total-count-number') ? (n: number) => n : (n: number) => String(n);

  const rules = ['swas.ListCustomImages.response.schema', 'swas.ListCustomImages.response.PaginationStrings',
    'swas.CreateCustomImage.state.ImageListed', 'swas.ModifyImageShareStatus.state.InShareFlag', 'swas.state.DeletedGoneEverywhere',
    'swas.isolation.OwnImagesOnly', 'swas.isolation.OtherRegionNotListed'];
  if (page.defaulted) rules.push('swas.ListCustomImages.state.PageDefaults');
  if (ids) rules.push('swas.ListCustomImages.state.ImageIdsFilter');
  if (names) rules.push('swas.ListCustomImages.state.ImageNamesFilter');
  if (share !== undefined) rules.push('swas.ListCustomImages.state.ShareFilter');
  return ok({
    TotalCount: count(page.TotalCount), PageNumber: count(page.PageNumber), PageSize: count(page.PageSize),
    CustomImages: page.items.map((i) => customImageItem(ctx, i)),
  }, ...rules);
};
