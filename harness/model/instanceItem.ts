import { diskItem } from './diskItem.js';
import type { OpContext } from './OpContext.js';
import type { Server } from './state.js';

/**
 * One item of ListInstances, with what the model knows of a server: identity, status, plan,
 * times, public address (when the seed gives one), resource group, tags and disks. The business
 * status follows the expiry time; resource specs, image details and network attributes are left
 * out, the model does not know them.
 */
export function instanceItem(ctx: OpContext, server: Server): Record<string, unknown> {
  const disks = [server.systemDiskId, ...server.dataDiskIds]
    .map((id) => ctx.account.disks.get(id))
    .filter((d) => d !== undefined)
    .map((d) => {
      const { InstanceId: _i, InstanceName: _n, Tags, ...rest } = diskItem(ctx, d);
      return { ...rest, DiskTags: Tags };
    });
  return {
    InstanceId: server.InstanceId,
    InstanceName: server.InstanceName,
    Status: server.Status,
    BusinessStatus: Date.parse(server.ExpiredTime) > ctx.now ? 'Normal' : 'Expired',
    RegionId: server.RegionId,
    ImageId: server.ImageId,
    PlanId: server.PlanId,
    ChargeType: 'PrePaid',
    CreationTime: server.CreationTime,
    ExpiredTime: server.ExpiredTime,
    PublicIpAddress: server.PublicIpAddress ?? '',
    ResourceGroupId: server.ResourceGroupId ?? '',
    Disks: disks,
    Tags: (server.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
  };
}
