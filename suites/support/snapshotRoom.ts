import type { RuleTest, ServerInfo } from '../../harness/index.js';
import { totalCount } from './totalCount.js';

export const SNAPSHOTS_PER_SERVER = 3;
export const SNAPSHOT_CAP = 15;

/** An account's snapshot quota min(3 x servers, 15), the snapshots it holds, and each usable server's snapshots (of all its disks). */
export interface SnapshotRoom { as: 'main' | 'peer'; limit: number; held: number; servers: { server: ServerInfo; held: number }[] }

export async function snapshotRoom(t: RuleTest, as: 'main' | 'peer'): Promise<SnapshotRoom> {
  const servers = totalCount((await t.call('swas', 'ListInstances', { PageSize: 1 }, { as })).body);
  const held = totalCount((await t.call('swas', 'ListSnapshots', { PageSize: 1 }, { as })).body);
  const usable = [];
  for (const server of await t.fx.usableServers(as)) {
    let n = 0;
    for (const disk of [server.systemDiskId, ...server.dataDiskIds]) {
      if (disk) n += totalCount((await t.call('swas', 'ListSnapshots', { DiskId: disk, PageSize: 1 }, { as })).body);
    }
    usable.push({ server, held: n });
  }
  return { as, limit: Math.min(SNAPSHOTS_PER_SERVER * servers, SNAPSHOT_CAP), held, servers: usable };
}
