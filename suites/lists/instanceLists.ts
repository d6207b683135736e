import type { Conformance } from '../../harness/index.js';
import { checkFilter } from './checkFilter.js';
import { checkPaging } from './checkPaging.js';
import { checkTagFilter, swasTags } from './checkTagFilter.js';
import { idOf } from './listAll.js';
import { INSTANCES } from './listKinds.js';
import { specEnum } from './specEnum.js';

const BY_ID = 'swas.ListInstances.state.InstanceIdsFilter';
const STATUS = 'swas.ListInstances.state.FilterAgrees.Status';
const NAME = 'swas.ListInstances.state.FilterAgrees.InstanceName';
const TAG = 'swas.ListInstances.state.FilterAgrees.Tag';
const FILTERS = [BY_ID, STATUS, NAME, TAG];

/**
 * ListInstances over the account's servers as they are (servers cannot be created): its pages, and
 * InstanceIds, Status, InstanceName and Tag each against the unfiltered list. Status is asked for
 * one state the servers are in and one documented state none is in.
 */
export function instanceLists(c: Conformance): void {
  c.rule([INSTANCES.partition, INSTANCES.totalCount, INSTANCES.pastEnd, ...FILTERS], async (t) => {
    const all = await checkPaging(t, INSTANCES);
    if (!all) return FILTERS.forEach((id) => t.unknown(id, 'the unfiltered ListInstances failed'));
    const servers = [...all.items].sort((a, b) => (idOf(INSTANCES, a) < idOf(INSTANCES, b) ? -1 : 1));
    if (!servers.length) return FILTERS.forEach((id) => t.skip(id, 'the account lists no server to filter'));

    const ids = servers.slice(0, 2).map((s) => idOf(INSTANCES, s));
    await checkFilter(t, INSTANCES, BY_ID, all, { InstanceIds: JSON.stringify(ids) }, (s) => ids.includes(idOf(INSTANCES, s)));

    const states = [...new Set(servers.map((s) => String(s['Status'])))].sort();
    await checkFilter(t, INSTANCES, STATUS, all, { Status: states[0]! }, (s) => s['Status'] === states[0]);
    const none = specEnum(t, 'swas', 'ListInstances', 'Status').find((s) => !states.includes(s));
    if (none) await checkFilter(t, INSTANCES, STATUS, all, { Status: none }, () => false);

    const names = servers.map((s) => String(s['InstanceName'] ?? ''));
    const name = names.find((n) => n.length >= 2 && !n.includes('*'));
    // Without a '*', a name may match exactly or as part of names, in any case: the docs say only that '*' is a wildcard.
    if (name) await checkFilter(t, INSTANCES, NAME, all, { InstanceName: name }, (s) => s['InstanceName'] === name || (String(s['InstanceName']).toLowerCase().includes(name.toLowerCase()) ? 'open' : false));
    let nobody = `${t.namePrefix}-nobody`;
    while (names.some((n) => n.toLowerCase().includes(nobody.toLowerCase()))) nobody += 'x';
    await checkFilter(t, INSTANCES, NAME, all, { InstanceName: nobody }, () => false);

    await checkTagFilter(t, INSTANCES, TAG, all, swasTags);
  });
}
