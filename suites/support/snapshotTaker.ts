import type { CallResult, RuleTest, ServerInfo } from '../../harness/index.js';
import { listOf } from './listOf.js';

export interface SnapshotTaker {
  taken: string[];
  /** Waits until no snapshot taken so far is Progressing (a disk takes one at a time); false on the settle timeout. */
  settle(): Promise<boolean>;
  /** Snapshots the server's system disk (its first data disk if it has none). */
  take(server: ServerInfo): Promise<CallResult>;
  /** Deletes every snapshot taken. */
  drop(): Promise<void>;
}

/** Takes snapshots for one account and remembers them, so a test deletes exactly what it made. */
export function snapshotTaker(t: RuleTest, as: 'main' | 'peer'): SnapshotTaker {
  const taken: string[] = [];
  const settle = async () => !taken.length || (await t.until(
    () => t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify(taken), PageSize: 100 }, { as }),
    (r) => listOf<{ Status: string }>(r.body, 'Snapshots').every((s) => s.Status !== 'Progressing'))) !== undefined;
  return {
    taken,
    settle,
    async take(server) {
      const disk = server.systemDiskId ?? server.dataDiskIds[0] ?? '';
      const r = await t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: t.name('snap') }, { as });
      if (r.status === 200 && typeof r.body?.['SnapshotId'] === 'string') taken.push(r.body['SnapshotId']);
      return r;
    },
    async drop() {
      await settle();
      for (const id of taken.splice(0)) await t.call('swas', 'DeleteSnapshot', { SnapshotId: id }, { as });
    },
  };
}
