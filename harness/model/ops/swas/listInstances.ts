import { isIP } from 'node:net';
import { inRegion } from '../../inRegion.js';
import { instanceItem } from '../../instanceItem.js';
import { matchTags } from '../../matchTags.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { listPage } from '../../listPage.js';
import { readValues } from '../../readValues.js';

/** InstanceName with '*' wildcards (any run of characters); without one, the exact name. */
function nameMatcher(pattern: string): (name: string) => boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return (name) => re.test(name);
}

/**
 * swas.ListInstances: the account's servers in the region, filtered (logical AND), one page.
 * Our readings where the docs leave room: one unknown id in InstanceIds fails the call with
 * InvalidInstanceId.NotFound (the code is documented, whether it fails or just shrinks the list is
 * not); PlanType is not filtered on (its values are undocumented and the model has no plan type).
 */
export const listInstances: Handler = (ctx, values) => {
  const v = readValues(values);
  const chargeType = v.str('ChargeType');
  if (chargeType !== undefined && chargeType !== 'PrePaid') return ctx.fail('InvalidChargeType.ValueNotSupported');
  const addresses = v.list('PublicIpAddresses');
  if (addresses?.some((a) => isIP(a) === 0)) return ctx.fail('InvalidPublicIpAddresses.ValueNotSupported');
  const servers = inRegion(ctx.account.servers, ctx.regionId);
  const ids = v.list('InstanceIds');
  if (ids?.some((id) => !servers.get(id))) return ctx.fail('InvalidInstanceId.NotFound');

  const name = v.str('InstanceName');
  const nameOk = name ? nameMatcher(name) : () => true;
  const status = ctx.dev('instances-status-filter-ignored') ? undefined : v.str('Status');
  const group = v.str('ResourceGroupId');
  const matching = servers.list.filter((s) =>
    (!ids || ids.includes(s.InstanceId)) && (!addresses || addresses.includes(s.PublicIpAddress ?? '')) &&
    nameOk(s.InstanceName) && (!status || s.Status === status) && (!group || (s.ResourceGroupId ?? '') === group) &&
    matchTags(s.Tags, v.tags()));
  const page = listPage(ctx, matching, v.int('PageNumber'), v.int('PageSize'));

  const rules = ['swas.ListInstances.response.schema'];
  if (ids) rules.push('swas.ListInstances.state.InstanceIdsFilter');
  if (ids && addresses) rules.push('swas.ListInstances.state.IdsAndAddressesMustMatch');
  if (name?.includes('*')) rules.push('swas.ListInstances.state.NameWildcard');
  return ok({
    TotalCount: page.TotalCount, PageNumber: page.PageNumber, PageSize: page.PageSize,
    Instances: page.items.map((s) => instanceItem(ctx, s)),
  }, ...rules);
};
