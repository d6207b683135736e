import { createdId, type Conformance, type RuleTest, type ServerInfo } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { listOf } from '../support/listOf.js';
import { checkFilter } from './checkFilter.js';
import { checkPaging } from './checkPaging.js';
import { checkTagFilter, swasTags } from './checkTagFilter.js';
import { idOf, listAll, type Item } from './listAll.js';
import { SNAPSHOTS } from './listKinds.js';
import { skipUnchecked } from './skipUnchecked.js';
import { unusedId } from './unusedId.js';
import { judgeSeen, watchCreate } from './watchCreate.js';

const SEEN = 'swas.CreateSnapshot.state.SeenProgressing';
const BUSY = 'swas.CreateSnapshot.error.IncorrectDiskStatus.CreatingSnapshot';
const BY_SERVER = 'swas.ListSnapshots.state.FilterAgrees.InstanceId';
const BY_DISK = 'swas.ListSnapshots.state.FilterAgrees.DiskId';
const BY_ID = 'swas.ListSnapshots.state.FilterAgrees.SnapshotIds';
const TYPE = 'swas.ListSnapshots.state.SourceDiskTypeFilter';
const TAG = 'swas.ListSnapshots.state.FilterAgrees.Tag';
const FILTERS = [BY_SERVER, BY_DISK, BY_ID, TYPE, TAG];
const PER_SERVER = 3;
const CAP = 15;

const statusOf = async (t: RuleTest, id: string) =>
  listOf<{ Status?: string }>((await t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) })).body, 'Snapshots')[0]?.Status;
const disksOf = (s: ServerInfo) => [s.systemDiskId, ...s.dataDiskIds].filter((d): d is string => !!d);

/**
 * ListSnapshots after one new snapshot: the snapshot is seen Progressing and a second snapshot of
 * its disk is refused while it lasts; then the pages, and InstanceId, DiskId, SnapshotIds,
 * SourceDiskType and Tag each against the unfiltered list. The new snapshot is taken on a Running
 * server with room for two (the refused one might be accepted) and deleted at the end; where
 * mutations are not allowed only the lists are judged.
 */
export function snapshotLists(c: Conformance): void {
  c.rule([SEEN, BUSY, SNAPSHOTS.partition, SNAPSHOTS.totalCount, SNAPSHOTS.pastEnd, ...FILTERS], async (t) => {
    const made: string[] = [];
    try {
      const servers = await t.fx.servers();
      const before = await listAll(t, SNAPSHOTS);
      const held = (s: ServerInfo) => before.items.filter((x) => disksOf(s).includes(String(x['SourceDiskId']))).length;
      const roomy = before.ids.length + 2 <= Math.min(PER_SERVER * servers.length, CAP)
        ? (await t.fx.usableServers()).find((s) => s.systemDiskId && held(s) + 2 <= PER_SERVER) : undefined;
      if (!c.config.allowMutations) [SEEN, BUSY].forEach((id) => t.skip(id, 'takes a snapshot, and mutations are not allowed on this target (run with --allow-mutations)'));
      else if (!roomy) [SEEN, BUSY].forEach((id) => t.skip(id, 'needs a Running server with room for two more snapshots (3 per server, min(3 x servers, 15) per account)'));
      else {
        const disk = roomy.systemDiskId!;
        const w = await watchCreate(() => t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: t.name('page') }), 'SnapshotId', (id) => statusOf(t, id));
        if (w.id) made.push(w.id);
        judgeSeen(t, SEEN, w, 'Progressing', 'snapshot', c.slowCreates);
        if (w.id && w.first === 'Progressing') {
          const second = await t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: t.name('page') }, { retry: false, pace: false });
          const extra = createdId(second, 'SnapshotId');
          if (extra) made.push(extra);
          // An accepted second snapshot is a verdict only if the first was still Progressing after it.
          if (second.status !== 200 || (await statusOf(t, w.id)) === 'Progressing') await t.expectAnswer(BUSY, second);
          else t.unknown(BUSY, 'the first snapshot was Accomplished before the second call could be judged against it');
        } else t.skip(BUSY, 'the new snapshot was not seen Progressing: there was no snapshot in progress to refuse a second one');
      }
      // The lists are read while the new snapshot may still be in progress: which snapshots exist,
      // and of which disk, does not change with their Status.

      const all = await checkPaging(t, SNAPSHOTS);
      if (!all) return FILTERS.forEach((id) => t.unknown(id, 'the unfiltered ListSnapshots failed'));
      const snaps = [...all.items].sort((a, b) => (idOf(SNAPSHOTS, a) < idOf(SNAPSHOTS, b) ? -1 : 1));
      if (!snaps.length) return FILTERS.forEach((id) => t.skip(id, 'the account lists no snapshot to filter'));
      const diskOf = (x: Item) => String(x['SourceDiskId']);
      const isSystem = (x: Item) => String(x['SourceDiskType']).toLowerCase() === 'system';
      const count = (disks: string[]) => snaps.filter((x) => disks.includes(diskOf(x))).length;
      const ranked = [...servers].sort((a, b) => count(disksOf(b)) - count(disksOf(a)) || (a.InstanceId < b.InstanceId ? -1 : 1));

      const busiest = ranked[0];
      if (busiest && count(disksOf(busiest))) {
        const v = busiest.InstanceId;
        // Data-disk snapshots report no InstanceId: whether the filter lists them is left open.
        await checkFilter(t, SNAPSHOTS, BY_SERVER, all, { InstanceId: v },
          (x) => (isSystem(x) && x['InstanceId'] === v ? true : disksOf(busiest).includes(diskOf(x)) ? 'open' : false));
      }
      const idle = ranked.find((s) => !count(disksOf(s)));
      if (idle) await checkFilter(t, SNAPSHOTS, BY_SERVER, all, { InstanceId: idle.InstanceId }, () => false);

      const disks = [...new Set(snaps.map(diskOf))].sort((a, b) => count([b]) - count([a]) || (a < b ? -1 : 1));
      await checkFilter(t, SNAPSHOTS, BY_DISK, all, { DiskId: disks[0]! }, (x) => diskOf(x) === disks[0]);
      const bare = servers.flatMap(disksOf).sort().find((d) => !count([d]));
      if (bare) await checkFilter(t, SNAPSHOTS, BY_DISK, all, { DiskId: bare }, () => false);

      const ids = snaps.slice(0, 2).map((x) => idOf(SNAPSHOTS, x));
      await checkFilter(t, SNAPSHOTS, BY_ID, all, { SnapshotIds: JSON.stringify([...ids, unusedId(ids[0]!, all.ids)]) }, (x) => ids.includes(idOf(SNAPSHOTS, x)));
      for (const type of ['system', 'data']) await checkFilter(t, SNAPSHOTS, TYPE, all, { SourceDiskType: type }, (x) => String(x['SourceDiskType']).toLowerCase() === type);
      await checkTagFilter(t, SNAPSHOTS, TAG, all, swasTags);
      skipUnchecked(t, [BY_SERVER, BY_DISK], () => 'no server or disk of the account has snapshots, and none has none');
    } finally {
      if (made.length) await t.until(() => t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify(made) }),
        (r) => listOf<{ Status?: string }>(r.body, 'Snapshots').every((s) => s.Status !== 'Progressing'));
      for (const id of made) await t.call('swas', 'DeleteSnapshot', { SnapshotId: id });
    }
  }, { timeout: CREATES_RESOURCES.timeout });
}
