import { watchRefusal, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { snapshotRoom, SNAPSHOTS_PER_SERVER } from '../support/snapshotRoom.js';
import { snapshotTaker } from '../support/snapshotTaker.js';

const RULE = 'swas.quota.SnapshotsPerServer';

/** A server keeps at most 3 snapshots: filled to 3 (below the account's quota), its 4th CreateSnapshot is refused. */
export function snapshotsPerServer(c: Conformance): void {
  c.rule(RULE, async (t) => {
    let pick;
    for (const as of t.profile.peer ? (['main', 'peer'] as const) : (['main'] as const)) {
      const room = await snapshotRoom(t, as);
      const s = room.servers.find((x) => x.held < SNAPSHOTS_PER_SERVER && room.held + SNAPSHOTS_PER_SERVER - x.held < room.limit);
      if (s) pick = { as, ...s };
      if (pick) break;
    }
    if (!pick) return t.skip(RULE, 'no usable server can be filled to 3 snapshots while its account stays below its own snapshot quota');
    const taker = snapshotTaker(t, pick.as);
    try {
      for (let n = pick.held + 1; n <= SNAPSHOTS_PER_SERVER; n++) {
        if (!(await taker.settle())) return t.unknown(RULE, 'a snapshot did not reach Accomplished within the settle timeout');
        const r = await taker.take(pick.server);
        if (r.status === 200) continue;
        const code = String(r.body?.['Code'] ?? '');
        if (code === 'SnapshotLimitExceed') return void t.check(RULE, false, `snapshot ${n} of ${SNAPSHOTS_PER_SERVER} of the server is taken`, `HTTP ${r.status} ${code}`, [r.exchange]);
        return t.unknown(RULE, `could not fill the server: snapshot ${n} answered HTTP ${r.status} ${code}`);
      }
      if (!(await taker.settle())) return t.unknown(RULE, 'a snapshot did not reach Accomplished within the settle timeout');
      const disk = pick.server.systemDiskId ?? pick.server.dataDiskIds[0];
      await t.expectAnswer(RULE, await watchRefusal(t, 'swas', 'CreateSnapshot', { DiskId: disk }, () => taker.take(pick.server), pick.as));
    } finally {
      await taker.drop();
    }
  }, CREATES_RESOURCES);
}
