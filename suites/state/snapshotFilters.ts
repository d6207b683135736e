import type { Conformance } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';

const AND = 'swas.ListSnapshots.state.FiltersCombineAnd';
const TYPE = 'swas.ListSnapshots.state.SourceDiskTypeFilter';
const INSTANCE_ID = 'swas.ListSnapshots.response.InstanceIdForSystemDiskOnly';

type Snapshot = { SnapshotId: string; SourceDiskId: string; SourceDiskType: string; InstanceId?: string };

/** ListSnapshots: DiskId and SnapshotIds combine with AND, SourceDiskType filters, InstanceId is set for system-disk snapshots only. */
export function snapshotFilters(c: Conformance): void {
  c.rule([AND, TYPE, INSTANCE_ID], async (t) => {
    const snapshots = async (params: Record<string, string | number> = {}) => listOf<Snapshot>((await t.call('swas', 'ListSnapshots', { PageSize: 100, ...params })).body, 'Snapshots');
    const all = await snapshots();
    const mine = all[0];
    const foreign = mine && all.find((s) => s.SourceDiskId !== mine.SourceDiskId);
    if (!mine || !foreign) t.skip(AND, 'the main account needs snapshots of two different disks');
    else {
      const listed = await snapshots({ DiskId: mine.SourceDiskId, SnapshotIds: JSON.stringify([mine.SnapshotId, foreign.SnapshotId]) });
      t.check(AND, listed.length === 1 && listed[0]?.SnapshotId === mine.SnapshotId, `DiskId=${mine.SourceDiskId} with SnapshotIds of it and of another disk lists only ${mine.SnapshotId}`,
        `listed: ${listed.map((s) => s.SnapshotId).join(', ') || 'none'}`);
    }
    const wrong: string[] = [];
    for (const type of ['system', 'data']) {
      const listed = await snapshots({ SourceDiskType: type });
      wrong.push(...listed.filter((s) => String(s.SourceDiskType).toLowerCase() !== type).map((s) => `${s.SnapshotId} (${s.SourceDiskType}) under ${type}`));
    }
    if (!all.length) return [TYPE, INSTANCE_ID].forEach((id) => t.skip(id, 'the main account has no snapshot'));
    t.check(TYPE, !wrong.length, 'with SourceDiskType=system (data) every snapshot listed is of a system (data) disk', wrong.join('; '));
    const bad = all.filter((s) => (String(s.SourceDiskType).toLowerCase() === 'system' ? !s.InstanceId : !!s.InstanceId));
    t.check(INSTANCE_ID, !bad.length, 'system-disk snapshots carry a non-empty InstanceId, data-disk snapshots an empty or absent one',
      bad.map((s) => `${s.SnapshotId} (${s.SourceDiskType}) InstanceId ${JSON.stringify(s.InstanceId)}`).join('; '));
  });
}
