import type { RuleTest } from '../conformance/RuleTest.js';
import { MissingState } from './MissingState.js';

/** Snapshots a simple application server may hold (swas.quota.SnapshotsPerServer). */
export const SNAPSHOTS_PER_SERVER = 3;

/** The system disk of the usable server holding the fewest snapshots, so a new one fits under the limit. */
export async function roomySystemDisk(t: RuleTest): Promise<string> {
  let best: { disk: string; count: number } | undefined;
  for (const s of await t.fx.usableServers()) {
    const r = await t.call('swas', 'ListSnapshots', { InstanceId: s.InstanceId, PageSize: 100 });
    const count = Array.isArray(r.body?.['Snapshots']) ? (r.body['Snapshots'] as unknown[]).length : SNAPSHOTS_PER_SERVER;
    if (s.systemDiskId && count < SNAPSHOTS_PER_SERVER && (!best || count < best.count)) best = { disk: s.systemDiskId, count };
  }
  if (!best) throw new MissingState(`no usable server has room for a snapshot (at most ${SNAPSHOTS_PER_SERVER} each)`);
  return best.disk;
}
