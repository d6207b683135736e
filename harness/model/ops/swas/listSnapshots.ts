import { inRegion } from '../../inRegion.js';
import { matchTags } from '../../matchTags.js';
import { othersListed } from '../../otherAccounts.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';
import { snapshotItem } from '../../snapshotItem.js';

/** An item without some of its fields (the swas-item-fields-dropped deviation). */
const withoutFields = (item: Record<string, unknown>, ...names: string[]) => Object.fromEntries(Object.entries(item).filter(([k]) => !names.includes(k)));

/**
 * swas.ListSnapshots: the account's snapshots in the region, filtered (logical AND), one page, in
 * the order they were taken. An InstanceId or DiskId filter naming nothing fails with its
 * NotFound code (documented); the InstanceId filter keeps the snapshots of all of the server's
 * disks (our reading). The model serves every region from one endpoint, so RegionIdNotMatchHost
 * answers a RegionId that no SWAS endpoint serves (products.json): no host can match it.
 * SourceDiskType is compared without regard to case (both spellings are documented).
 */
export const listSnapshots: Handler = (ctx, values) => {
  if (!(ctx.regionId in ctx.spec.products.swas.endpoints)) return ctx.fail('RegionIdNotMatchHost');
  const v = readValues(values);
  const instanceId = v.str('InstanceId') || undefined;
  const diskId = v.str('DiskId') || undefined;
  if (instanceId && !inRegion(ctx.account.servers, ctx.regionId).get(instanceId)) return ctx.fail('InvalidInstanceId.NotFound');
  if (diskId && !inRegion(ctx.account.disks, ctx.regionId).get(diskId)) return ctx.fail('InvalidDiskId.NotFound');
  const ids = v.list('SnapshotIds');
  const type = v.str('SourceDiskType')?.toLowerCase();
  // Parameter validation refuses other types already; this holds when that check is off.
  if (type !== undefined && type !== 'system' && type !== 'data') return ctx.fail('InvalidParam');
  const group = v.str('ResourceGroupId');
  const all = inRegion(ctx.account.snapshots, ctx.regionId, ctx.dev('region-leak-swas')).list.concat(othersListed(ctx, 'lists-all-accounts', (a) => a.snapshots));
  const matching = all.filter((s) => (s.visibleAt ?? 0) <= ctx.now &&
    (!instanceId || s.InstanceId === instanceId) && (!diskId || s.SourceDiskId === diskId) && (!ids || ids.includes(s.SnapshotId)) &&
    (!type || s.SourceDiskType === type) && (!group || (s.ResourceGroupId ?? '') === group) && matchTags(s.Tags, ctx.dev('snapshot-tags-key-only') ? v.tags()?.map((t) => ({ Key: t.Key })) : v.tags()));
  if (ctx.state.readings?.listsReversed) matching.reverse();
  const page = listPage(ctx, matching, v.int('PageNumber'), v.int('PageSize'));

  const rules = ['swas.ListSnapshots.response.schema', 'swas.ListSnapshots.state.FiltersCombineAnd',
    'swas.ListSnapshots.response.InstanceIdForSystemDiskOnly', 'swas.CreateSnapshot.state.SnapshotListed'];
  if (type) rules.push('swas.ListSnapshots.state.SourceDiskTypeFilter');
  return ok({
    TotalCount: page.TotalCount, PageNumber: page.PageNumber, PageSize: page.PageSize,
    Snapshots: page.items.map((s) => snapshotItem(s, ctx.now)).map((s) => (ctx.dev('swas-item-fields-dropped') ? withoutFields(s, 'Progress', 'RegionId') : s)),
  }, ...rules);
};
