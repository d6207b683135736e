import type { OpContext } from './OpContext.js';
import type { Disk } from './state.js';

/** A disk type as the SWAS list answers write it (the metadata's System / Data). */
export const diskTypeName = (type: 'system' | 'data'): 'System' | 'Data' => (type === 'system' ? 'System' : 'Data');

/**
 * One item of ListDisks. Every model disk is attached to its server, so Status is In_use; the
 * charge type is the server's (every model server is subscription, PrePaid).
 */
export function diskItem(ctx: OpContext, disk: Disk): Record<string, unknown> {
  return {
    DiskId: disk.DiskId,
    DiskName: disk.DiskName,
    DiskType: diskTypeName(disk.DiskType),
    Category: disk.Category,
    Size: disk.Size,
    Status: 'In_use',
    Device: disk.Device,
    DiskChargeType: 'PrePaid',
    InstanceId: disk.InstanceId,
    InstanceName: ctx.account.servers.get(disk.InstanceId)?.InstanceName ?? '',
    RegionId: disk.RegionId,
    Remark: '',
    ResourceGroupId: disk.ResourceGroupId ?? '',
    CreationTime: disk.CreationTime,
    Tags: (disk.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
  };
}
