import { diskItem } from './diskItem.js';
import type { OpContext } from './OpContext.js';
import type { Server } from './state.js';

/** A plan id's specification, `swas.s1.c2m1s40b1.linux`: 2 vCPUs, 1 GiB, a 40 GB disk, 1 Mbit/s (a `t` part: a traffic package in GB). */
function specOf(planId: string, diskCategory: string): Record<string, unknown> {
  const n = (letter: string) => Number(new RegExp(`${letter}(\\d+)`).exec(planId.split('.')[2] ?? '')?.[1] ?? 0);
  return { Cpu: n('c'), Memory: n('m'), DiskSize: n('s'), DiskCategory: diskCategory, Bandwidth: n('b'), Flow: n('t') };
}

/** The UUID form of a 32-hex-digit server id (8-4-4-4-12); other ids are kept as they are. */
const uuidOf = (id: string) => (/^[0-9a-f]{32}$/.test(id) ? id.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5') : id);

/**
 * One item of ListInstances, with what the model knows of a server: identity, status, plan and the
 * resource spec its id spells, times, public address (when the seed gives one), resource group,
 * tags and disks. The business status follows the expiry time; a Disabled server is disabled
 * because it expired. Our readings where the model knows nothing more: no private address, DDoS
 * status Normal, no combination plan, a system image of the plan's operating system whose name,
 * version, icon and contact are empty. Network attributes (SDK only) are left out.
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
    InnerIpAddress: '',
    DdosStatus: 'Normal',
    DisableReason: server.Status === 'Disabled' ? 'EXPIRED' : '',
    Combination: false,
    CombinationInstanceId: '',
    Uuid: uuidOf(server.InstanceId),
    ResourceSpec: specOf(server.PlanId, ctx.account.disks.get(server.systemDiskId)?.Category ?? ''),
    Image: { ImageName: '', ImageVersion: '', ImageType: 'system', OsType: server.PlanId.endsWith('.win') ? 'windows' : 'linux', ImageIconUrl: '', ImageContact: '' },
    ResourceGroupId: server.ResourceGroupId ?? '',
    Disks: disks,
    Tags: (server.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
  };
}
