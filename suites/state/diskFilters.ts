import type { Conformance } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';

const AND = 'swas.ListDisks.state.FiltersCombineAnd';
const TYPE = 'swas.ListDisks.state.DiskTypeFilter';

type Disk = { DiskId: string; DiskType: string };

/** ListDisks: InstanceId and DiskIds combine with AND; DiskType lists disks of that type only. */
export function diskFilters(c: Conformance): void {
  c.rule([AND, TYPE], async (t) => {
    const disks = async (params: Record<string, string | number>) => listOf<Disk>((await t.call('swas', 'ListDisks', { PageSize: 100, ...params })).body, 'Disks');
    const [one, other] = (await t.fx.servers()).filter((s) => s.systemDiskId);
    if (!one || !other) t.skip(AND, 'the main account needs two servers with disks');
    else {
      const listed = await disks({ InstanceId: one.InstanceId, DiskIds: JSON.stringify([one.systemDiskId, other.systemDiskId]) });
      t.check(AND, listed.length === 1 && listed[0]?.DiskId === one.systemDiskId, `InstanceId=${one.InstanceId} with DiskIds of it and of another server lists only ${one.systemDiskId}`,
        `listed: ${listed.map((d) => d.DiskId).join(', ') || 'none'}`);
    }
    const wrong: string[] = [];
    let seen = 0;
    for (const type of ['system', 'data']) {
      const listed = await disks({ DiskType: type });
      seen += listed.length;
      wrong.push(...listed.filter((d) => String(d.DiskType).toLowerCase() !== type).map((d) => `${d.DiskId} (${d.DiskType}) under DiskType=${type}`));
    }
    if (!seen) return t.unknown(TYPE, 'no disk is listed for DiskType system or data');
    t.check(TYPE, !wrong.length, 'with DiskType=system (data) every disk listed is a system (data) disk', wrong.join('; '));
  });
}
