import { watchRefusal, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { snapshotRoom, SNAPSHOTS_PER_SERVER, type SnapshotRoom } from '../support/snapshotRoom.js';
import { snapshotTaker } from '../support/snapshotTaker.js';

const RULE = 'swas.quota.SnapshotsPerAccount';

/** The servers' room left under 3 snapshots each exceeds what the account may still take, so the account quota binds first. */
const fits = (room: SnapshotRoom) => room.limit >= room.held && room.servers.reduce((n, s) => n + Math.max(0, SNAPSHOTS_PER_SERVER - s.held), 0) > room.limit - room.held;

/** An account keeps at most min(3 x servers, 15) snapshots: filled to it, one more is refused on a server that still has room. */
export function snapshotsPerAccount(c: Conformance): void {
  c.rule(RULE, async (t) => {
    let room: SnapshotRoom | undefined;
    for (const as of t.profile.peer ? (['main', 'peer'] as const) : (['main'] as const)) {
      const r = await snapshotRoom(t, as);
      if (fits(r)) room = r;
      if (room) break;
    }
    if (!room) return t.skip(RULE, 'no account can be filled to its snapshot quota min(3 x servers, 15) before its usable servers hold 3 snapshots each');
    const plan = room.servers.map((s) => ({ ...s, add: 0 }));
    let need = room.limit - room.held;
    for (const s of plan) {
      s.add = Math.min(SNAPSHOTS_PER_SERVER - s.held, need);
      need -= s.add;
    }
    const taker = snapshotTaker(t, room.as);
    try {
      let n = room.held;
      while (plan.some((s) => s.add > 0)) {
        if (!(await taker.settle())) return t.unknown(RULE, 'a snapshot did not reach Accomplished within the settle timeout');
        for (const s of plan.filter((x) => x.add > 0)) {
          const r = await taker.take(s.server);
          n++;
          s.add--;
          s.held++;
          if (r.status === 200) continue;
          const code = String(r.body?.['Code'] ?? '');
          if (code === 'SnapshotLimitExceed') return void t.check(RULE, false, `snapshot ${n} of ${room.limit} of the ${room.as} account is taken`, `HTTP ${r.status} ${code}`, [r.exchange]);
          return t.unknown(RULE, `could not fill the account: snapshot ${n} answered HTTP ${r.status} ${code}`);
        }
      }
      const spare = plan.find((s) => s.held < SNAPSHOTS_PER_SERVER)!;
      if (!(await taker.settle())) return t.unknown(RULE, 'a snapshot did not reach Accomplished within the settle timeout');
      const disk = spare.server.systemDiskId ?? spare.server.dataDiskIds[0];
      await t.expectAnswer(RULE, await watchRefusal(t, 'swas', 'CreateSnapshot', { DiskId: disk }, () => taker.take(spare.server), room.as));
    } finally {
      await taker.drop();
    }
  }, CREATES_RESOURCES);
}
