import { diskTypeName } from './diskItem.js';
import { snapshotStatus } from './snapshotStatus.js';
import type { Snapshot } from './state.js';

/**
 * One item of ListSnapshots. InstanceId is filled in for system-disk snapshots only (documented);
 * the model never rolls a disk back, so RollbackTime is absent.
 */
export function snapshotItem(snapshot: Snapshot, now: number): Record<string, unknown> {
  return {
    SnapshotId: snapshot.SnapshotId,
    SnapshotName: snapshot.SnapshotName,
    ...snapshotStatus(snapshot, now),
    SourceDiskId: snapshot.SourceDiskId,
    SourceDiskType: diskTypeName(snapshot.SourceDiskType),
    InstanceId: snapshot.SourceDiskType === 'system' ? snapshot.InstanceId : '',
    CreationTime: snapshot.CreationTime,
    Remark: snapshot.Remark,
    RegionId: snapshot.RegionId,
    ResourceGroupId: snapshot.ResourceGroupId ?? '',
    Tags: snapshot.Tags.map((t) => ({ Key: t.Key, Value: t.Value })),
  };
}
