import type { Conformance } from '../../harness/index.js';
import { checkFilter } from './checkFilter.js';
import { checkPaging } from './checkPaging.js';
import { checkTagFilter, swasTags } from './checkTagFilter.js';
import { idOf, type Item } from './listAll.js';
import { DISKS } from './listKinds.js';
import { unusedId } from './unusedId.js';

const BY_SERVER = 'swas.ListDisks.state.FilterAgrees.InstanceId';
const BY_ID = 'swas.ListDisks.state.FilterAgrees.DiskIds';
const TYPE = 'swas.ListDisks.state.DiskTypeFilter';
const TAG = 'swas.ListDisks.state.FilterAgrees.Tag';
const FILTERS = [BY_SERVER, BY_ID, TYPE, TAG];

/**
 * ListDisks over the account's disks as they are (disks cannot be created): its pages, and
 * InstanceId (the server with the most disks: system and data disks), DiskIds (two disks and an id of none),
 * DiskType (both types) and Tag each against the unfiltered list.
 */
export function diskLists(c: Conformance): void {
  c.rule([DISKS.partition, DISKS.totalCount, DISKS.pastEnd, ...FILTERS], async (t) => {
    const all = await checkPaging(t, DISKS);
    if (!all) return FILTERS.forEach((id) => t.unknown(id, 'the unfiltered ListDisks failed'));
    const disks = [...all.items].sort((a, b) => (idOf(DISKS, a) < idOf(DISKS, b) ? -1 : 1));
    if (!disks.length) return FILTERS.forEach((id) => t.skip(id, 'the account lists no disk to filter'));

    const serverOf = (d: Item) => String(d['InstanceId'] ?? '');
    const perServer = new Map<string, number>();
    for (const d of disks) if (serverOf(d)) perServer.set(serverOf(d), (perServer.get(serverOf(d)) ?? 0) + 1);
    const servers = [...perServer].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).slice(0, 1).map(([id]) => id);
    for (const server of servers) await checkFilter(t, DISKS, BY_SERVER, all, { InstanceId: server }, (d) => serverOf(d) === server);
    if (!servers.length) t.skip(BY_SERVER, 'no listed disk names the server it is attached to');

    const ids = disks.slice(0, 2).map((d) => idOf(DISKS, d));
    const nobody = unusedId(ids[0]!, all.ids);
    await checkFilter(t, DISKS, BY_ID, all, { DiskIds: JSON.stringify([...ids, nobody]) }, (d) => ids.includes(idOf(DISKS, d)));

    for (const type of ['system', 'data']) await checkFilter(t, DISKS, TYPE, all, { DiskType: type }, (d) => String(d['DiskType']).toLowerCase() === type);

    await checkTagFilter(t, DISKS, TAG, all, swasTags);
  });
}
