import { UNKNOWN_IDS, watchRefusal, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { listOf } from '../support/listOf.js';
import { snapshotRoom, SNAPSHOTS_PER_SERVER } from '../support/snapshotRoom.js';
import { totalCount } from '../support/totalCount.js';

const RULE = 'swas.CreateSnapshot.idempotence.ClientTokenReplay';
const MISMATCH = 'swas.CreateSnapshot.idempotence.ClientTokenMismatch';
const REPLAY = 'swas.CreateSnapshot.idempotence.ReplayNotReapplied';
const DELETE = 'swas.DeleteSnapshot.idempotence.ClientTokenReplay';
const DELETE_MISMATCH = 'swas.DeleteSnapshot.idempotence.ClientTokenMismatch';
const ALL = [RULE, MISMATCH, REPLAY, DELETE, DELETE_MISMATCH];

/**
 * The snapshot operations with a ClientToken, on one snapshot of this test: CreateSnapshot repeated
 * with its token answers the same snapshot and takes no second one; the token with another name is
 * refused (watched: the disk keeps its snapshots); DeleteSnapshot repeated with its token succeeds
 * again, that token with another id is refused; the first CreateSnapshot sent again after the
 * delete takes no new snapshot.
 */
export function snapshotToken(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const room = await snapshotRoom(t, 'main');
    const pick = room.held < room.limit ? room.servers.find((s) => s.held < SNAPSHOTS_PER_SERVER && s.server.systemDiskId) : undefined;
    if (!pick) return ALL.forEach((id) => t.skip(id, 'no usable server of the main account has room for a snapshot'));
    const disk = pick.server.systemDiskId!;
    const ofDisk = () => t.call('swas', 'ListSnapshots', { DiskId: disk, PageSize: 100 });
    // A disk takes one snapshot at a time: each step starts when none of it is in progress.
    const idle = () => t.until(ofDisk, (r) => listOf<{ Status: string }>(r.body, 'Snapshots').every((s) => s.Status !== 'Progressing'));
    const ids = new Set<string>();
    const create = async (params: Record<string, string>) => {
      const r = await t.call('swas', 'CreateSnapshot', params, { retry: false });
      if (r.status === 200 && typeof r.body?.['SnapshotId'] === 'string') ids.add(r.body['SnapshotId']);
      return r;
    };
    try {
      const before = await idle();
      if (!before) return ALL.forEach((id) => t.unknown(id, `a snapshot of disk ${disk} stayed Progressing past the settle timeout`));
      const params = { DiskId: disk, SnapshotName: t.name('token'), ClientToken: clientToken() };
      const first = await create(params);
      const again = await create(params);
      const after = totalCount((await ofDisk()).body);
      const [a, b] = [first.body?.['SnapshotId'], again.body?.['SnapshotId']];
      t.check(RULE, first.status === 200 && again.status === 200 && a === b && after === totalCount(before.body) + 1,
        'both calls answer HTTP 200 with the same SnapshotId; the disk has one snapshot more',
        `first ${answerOf(first)}${a ? ` ${String(a)}` : ''}, again ${answerOf(again)}${b ? ` ${String(b)}` : ''}; ${after - totalCount(before.body)} snapshot(s) more`);
      if (first.status !== 200 || typeof a !== 'string') return [MISMATCH, REPLAY, DELETE, DELETE_MISMATCH].forEach((id) => t.unknown(id, `the first CreateSnapshot failed (${answerOf(first)})`));
      if (!(await idle())) return [MISMATCH, REPLAY, DELETE, DELETE_MISMATCH].forEach((id) => t.unknown(id, `snapshot ${a} stayed Progressing past the settle timeout`));

      const other = { ...params, SnapshotName: t.name('token') };
      await t.expectAnswer(MISMATCH, await watchRefusal(t, 'swas', 'CreateSnapshot', other, () => create(other)));

      const removal = { SnapshotId: a, ClientToken: clientToken() };
      const deleted = await t.call('swas', 'DeleteSnapshot', removal, { retry: false });
      if (deleted.status !== 200) return [REPLAY, DELETE, DELETE_MISMATCH].forEach((id) => t.unknown(id, `DeleteSnapshot of ${a} failed (${answerOf(deleted)})`));
      await t.expectAnswer(DELETE, await t.call('swas', 'DeleteSnapshot', removal, { retry: false }));
      await t.expectAnswer(DELETE_MISMATCH, await t.call('swas', 'DeleteSnapshot', { ...removal, SnapshotId: UNKNOWN_IDS.swasSnapshot }, { retry: false }));

      const replay = await create(params);
      const named = listOf<{ SnapshotId: string; SnapshotName: string }>((await ofDisk()).body, 'Snapshots')
        .filter((s) => s.SnapshotName === params.SnapshotName && s.SnapshotId !== a).map((s) => s.SnapshotId);
      t.check(REPLAY, named.length === 0, `after the snapshot is deleted, the replay (token and parameters of the first create) takes no snapshot named ${params.SnapshotName}`,
        `replay ${answerOf(replay)}; listed under that name: ${named.join(', ')}`);
    } finally {
      await idle();
      for (const id of ids) await t.call('swas', 'DeleteSnapshot', { SnapshotId: id });
    }
  }, CREATES_RESOURCES);
}
