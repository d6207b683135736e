import type { Discovered, RuleTest } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';

/**
 * The target's observable state a run starts from: servers, disks, snapshots and custom images of
 * the main account, except what earlier runs created and deleted with the target's confirmation (a target still
 * listing it is judged by the run that deleted it, not mirrored as quota).
 */
export async function discoverTarget(t: RuleTest, own: ReadonlySet<string>): Promise<Discovered> {
  const body = async (action: string, params: Record<string, string | number> = {}) => (await t.call('swas', action, { PageSize: 100, ...params })).body;
  const servers = listOf<{ InstanceId: string; Status: string }>(await body('ListInstances'), 'Instances');
  const disks = listOf<{ DiskId: string; DiskType: string; InstanceId: string; Size?: number }>(await body('ListDisks'), 'Disks');
  const snapshots = listOf<{ SnapshotId: string; SourceDiskId: string; SourceDiskType: string; InstanceId: string; Status: string }>(await body('ListSnapshots'), 'Snapshots')
    .filter((s) => !own.has(s.SnapshotId));
  const images = listOf<{ ImageId: string; Name: string; InstanceId: string; SystemSnapshotId: string; InShare: boolean }>(await body('ListCustomImages'), 'CustomImages')
    .filter((i) => !own.has(i.ImageId));
  // In id order: the same target gives the same picks, whatever order its lists come in.
  const order = <T>(key: keyof T) => (a: T, b: T) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0);
  servers.sort(order('InstanceId'));
  disks.sort(order('DiskId'));
  snapshots.sort(order('SnapshotId'));
  images.sort(order('ImageId'));
  return {
    accountId: String(t.profile.accountId ?? ''), region: t.profile.region, servers, disks, snapshots, customImages: images,
    ...(t.profile.resources?.ecs?.snapshotId && { ecsSnapshotId: t.profile.resources.ecs.snapshotId }),
    shareAccounts: t.profile.shareAccounts ?? [],
  };
}
