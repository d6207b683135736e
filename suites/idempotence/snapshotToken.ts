import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { listOf } from '../support/listOf.js';
import { snapshotRoom, SNAPSHOTS_PER_SERVER } from '../support/snapshotRoom.js';
import { totalCount } from '../support/totalCount.js';

const RULE = 'swas.CreateSnapshot.idempotence.ClientTokenReplay';

/** CreateSnapshot repeated with its ClientToken answers the same snapshot and takes no second one. */
export function snapshotToken(c: Conformance): void {
  c.rule(RULE, async (t) => {
    const room = await snapshotRoom(t, 'main');
    const pick = room.held < room.limit ? room.servers.find((s) => s.held < SNAPSHOTS_PER_SERVER && s.server.systemDiskId) : undefined;
    if (!pick) return t.skip(RULE, 'no usable server of the main account has room for a snapshot');
    const disk = pick.server.systemDiskId!;
    const ofDisk = () => t.call('swas', 'ListSnapshots', { DiskId: disk, PageSize: 100 });
    const ids = new Set<string>();
    try {
      // A disk takes one snapshot at a time: start when none of it is in progress.
      const idle = await t.until(ofDisk, (r) => listOf<{ Status: string }>(r.body, 'Snapshots').every((s) => s.Status !== 'Progressing'));
      if (!idle) return t.unknown(RULE, `a snapshot of disk ${disk} stayed Progressing past the settle timeout`);
      const before = totalCount(idle.body);
      const params = { DiskId: disk, SnapshotName: t.name('token'), ClientToken: clientToken() };
      const first = await t.call('swas', 'CreateSnapshot', params, { retry: false });
      const again = await t.call('swas', 'CreateSnapshot', params, { retry: false });
      for (const r of [first, again]) if (r.status === 200 && typeof r.body?.['SnapshotId'] === 'string') ids.add(r.body['SnapshotId']);
      const after = totalCount((await ofDisk()).body);
      const [a, b] = [first.body?.['SnapshotId'], again.body?.['SnapshotId']];
      t.check(RULE, first.status === 200 && again.status === 200 && a === b && after === before + 1,
        'both calls answer HTTP 200 with the same SnapshotId; the disk has one snapshot more',
        `first ${answerOf(first)}${a ? ` ${String(a)}` : ''}, again ${answerOf(again)}${b ? ` ${String(b)}` : ''}; ${after - before} snapshot(s) more`);
    } finally {
      await t.until(ofDisk, (r) => listOf<{ Status: string }>(r.body, 'Snapshots').every((s) => s.Status !== 'Progressing'));
      for (const id of ids) await t.call('swas', 'DeleteSnapshot', { SnapshotId: id });
    }
  }, CREATES_RESOURCES);
}
