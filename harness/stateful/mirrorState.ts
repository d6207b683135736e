import { emptyAccount, type ModelState } from '../model/state.js';

/** What a stateful run discovered on the target, as its list operations show it. */
export interface Discovered {
  accountId: string;
  region: string;
  servers: { InstanceId: string; Status: string }[];
  disks: { DiskId: string; DiskType: string; InstanceId: string; Size?: number }[];
  snapshots: { SnapshotId: string; SourceDiskId: string; SourceDiskType: string; InstanceId: string; Status: string }[];
  /** Custom images already held (they count against the quota and keep their names). */
  customImages: { ImageId: string; Name: string; InstanceId: string; SystemSnapshotId: string; InShare: boolean }[];
  /** The ECS system-disk snapshot images are created from (profile resources.ecs.snapshotId). */
  ecsSnapshotId?: string;
  /** Accounts that exist and may be shared with (profile shareAccounts). */
  shareAccounts: string[];
}

/**
 * A reference-model state that mirrors the target's observable state: the calling account's
 * servers, disks, snapshots and existing custom images, the ECS snapshot images come from, and
 * the accounts one may share with. Ids are the target's own, so the model answers for them.
 */
export function mirrorState(d: Discovered): ModelState {
  const account = emptyAccount(d.accountId);
  const when = new Date(0).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const s of d.servers) {
    const disks = d.disks.filter((x) => x.InstanceId === s.InstanceId);
    const system = disks.find((x) => x.DiskType.toLowerCase() === 'system')?.DiskId ?? '';
    account.servers.set(s.InstanceId, {
      InstanceId: s.InstanceId, InstanceName: s.InstanceId, Status: s.Status, RegionId: d.region, PlanId: '', ImageId: '',
      CreationTime: when, ExpiredTime: when, systemDiskId: system,
      dataDiskIds: disks.filter((x) => x.DiskType.toLowerCase() === 'data').map((x) => x.DiskId),
    });
  }
  for (const x of d.disks) {
    const type = x.DiskType.toLowerCase() === 'system' ? 'system' : 'data';
    account.disks.set(x.DiskId, {
      DiskId: x.DiskId, DiskName: x.DiskId, DiskType: type, InstanceId: x.InstanceId, Size: x.Size ?? 0, Category: '',
      Device: '', RegionId: d.region, CreationTime: when,
    });
  }
  for (const s of d.snapshots) {
    // ListSnapshots may leave InstanceId empty (data-disk snapshots); the source disk names the server.
    const instanceId = s.InstanceId || d.disks.find((x) => x.DiskId === s.SourceDiskId)?.InstanceId || '';
    account.snapshots.set(s.SnapshotId, {
      SnapshotId: s.SnapshotId, SnapshotName: s.SnapshotId, SourceDiskId: s.SourceDiskId,
      SourceDiskType: s.SourceDiskType.toLowerCase() === 'system' ? 'system' : 'data', InstanceId: instanceId, RegionId: d.region,
      Remark: '', CreationTime: when, readyAt: s.Status === 'Accomplished' ? 0 : Number.MAX_SAFE_INTEGER, Tags: [],
    });
  }
  for (const i of d.customImages) {
    account.customImages.set(i.ImageId, {
      ImageId: i.ImageId, Name: i.Name, Description: '', InstanceId: i.InstanceId, SystemSnapshotId: i.SystemSnapshotId,
      DataSnapshotId: '', RegionId: d.region, ResourceGroupId: '', CreationTime: when, readyAt: 0, InShare: i.InShare, Tags: [],
    });
  }
  if (d.ecsSnapshotId) {
    account.ecsSnapshots.set(d.ecsSnapshotId, { SnapshotId: d.ecsSnapshotId, Status: 'accomplished', RegionId: d.region, SourceDiskType: 'system', Size: 40 });
  }
  return {
    accounts: new Map([[account.id, account]]),
    knownAccounts: new Set([account.id, ...d.shareAccounts]),
    tokens: new Map(), rate: new Map(), seq: 0,
  };
}
