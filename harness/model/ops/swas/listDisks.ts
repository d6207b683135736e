import { inRegion } from '../../inRegion.js';
import { diskItem } from '../../diskItem.js';
import { matchTags } from '../../matchTags.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';

/**
 * swas.ListDisks: the account's disks in the region, filtered (logical AND), one page, in the
 * order the disks were created. Only InternalError is documented: an unknown InstanceId or
 * DiskIds entry gives an empty or shorter list. DiskType is compared without regard to case
 * (both spellings are documented).
 */
export const listDisks: Handler = (ctx, values) => {
  const v = readValues(values);
  const instanceId = v.str('InstanceId');
  const listed = v.list('DiskIds');
  const ids = ctx.dev('disk-ids-first-only') ? listed?.slice(0, 1) : listed;
  const type = v.str('DiskType')?.toLowerCase();
  const group = v.str('ResourceGroupId');
  const matching = inRegion(ctx.account.disks, ctx.regionId).list.filter((d) =>
    (!instanceId || (d.InstanceId === instanceId && !(ctx.dev('disk-instance-filter-system-only') && d.DiskType === 'data'))) && (!ids || ids.includes(d.DiskId)) && (!type || d.DiskType === type) &&
    (!group || (d.ResourceGroupId ?? '') === group) && matchTags(d.Tags, v.tags()));
  const page = listPage(ctx, matching, v.int('PageNumber'), v.int('PageSize'));

  const rules = ['swas.ListDisks.response.schema', 'swas.ListDisks.state.FiltersCombineAnd'];
  if (type) rules.push('swas.ListDisks.state.DiskTypeFilter');
  return ok({
    TotalCount: page.TotalCount, PageNumber: page.PageNumber, PageSize: page.PageSize,
    Disks: page.items.map((d) => diskItem(ctx, d)),
  }, ...rules);
};
