import type { SeededRandom } from '../../linearizability/seededRandom.js';
import type { Account, Tag } from '../state.js';
import type { WorldIds } from './worldIds.js';

const PLANS = ['swas.s1.c1m1s40b1.linux', 'swas.s1.c2m1s40b1.linux', 'swas.s2.c2m4s80b4.linux', 'swas.s1.c2m2s60b3.win'];
const NAMES = ['web', 'db', 'app', 'blog', 'node', 'cache', 'test'];
const FUTURE = Date.UTC(2027, 6, 1);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function tags(r: SeededRandom, ids: WorldIds): Tag[] {
  return Array.from({ length: r.int(0, 2) }, (_, i) => ({ Key: ids.name(`team${i}`), Value: ids.name('v') }));
}

/**
 * Adds one server of a randomised world to an account: its system disk, maybe a data disk, and
 * snapshots of them (at most two, so every limit stays reachable). A Disabled server has expired.
 * Returns the server's id and its disks' snapshot ids (system first).
 */
export function addWorldServer(account: Account, r: SeededRandom, ids: WorldIds, region: string, status: string): { id: string; systemSnapshots: string[] } {
  const id = ids.server();
  const created = ids.time();
  const expired = status === 'Disabled' ? iso(Date.parse(created) + r.int(30, 300) * 86_400_000) : iso(FUTURE + r.int(0, 700) * 86_400_000);
  const system = ids.prefixed('d-');
  const data = r.next() < 0.5 ? [ids.prefixed('d-')] : [];
  const group = r.next() < 0.3 ? { ResourceGroupId: ids.prefixed('rg-') } : {};
  account.servers.set(id, {
    InstanceId: id, InstanceName: ids.name(r.pick(NAMES)), Status: status, RegionId: region, PlanId: r.pick(PLANS),
    ImageId: ids.prefixed('m-'), CreationTime: created, ExpiredTime: expired, systemDiskId: system, dataDiskIds: data, Tags: tags(r, ids), ...group,
  });
  const disks: [string, 'system' | 'data'][] = [[system, 'system'], ...data.map((d) => [d, 'data'] as [string, 'data'])];
  for (const [diskId, type] of disks) {
    account.disks.set(diskId, {
      DiskId: diskId, DiskName: ids.name(`${type}-disk`), DiskType: type, InstanceId: id, Size: type === 'system' ? r.pick([40, 60, 80]) : r.pick([20, 50, 100]),
      Category: r.pick(['ESSD', 'SSD', 'cloud_essd']), Device: type === 'system' ? '/dev/xvda' : '/dev/xvdb', RegionId: region, CreationTime: created,
      ...(r.next() < 0.3 && { Tags: tags(r, ids) }),
    });
  }
  const systemSnapshots: string[] = [];
  let kept = 0;
  for (const [diskId, type] of disks) {
    if (kept >= 2 || r.next() < 0.35) continue;
    const snapshotId = ids.prefixed('s-');
    kept++;
    if (type === 'system') systemSnapshots.push(snapshotId);
    account.snapshots.set(snapshotId, {
      SnapshotId: snapshotId, SnapshotName: ids.name('backup'), SourceDiskId: diskId, SourceDiskType: type, InstanceId: id,
      RegionId: region, Remark: r.next() < 0.5 ? '' : ids.name('note'), CreationTime: ids.time(), readyAt: 0, Tags: tags(r, ids),
    });
  }
  return { id, systemSnapshots };
}
