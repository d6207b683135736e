import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { listOf } from '../support/listOf.js';
import { settled } from '../support/settled.js';
import { snapshotRoom, SNAPSHOTS_PER_SERVER } from '../support/snapshotRoom.js';

const LISTED = 'swas.CreateSnapshot.state.SnapshotListed';
const TAGS = 'swas.CreateSnapshot.state.TagsApplied';
const GONE = 'swas.DeleteSnapshot.state.SnapshotGone';
const ALL = [LISTED, TAGS, GONE];

const TAG_PAIRS = [{ Key: 'acs-conformance-a', Value: 'one' }, { Key: 'acs-conformance-b', Value: 'two' }];
const show = (tags: unknown) => (Array.isArray(tags) ? (tags as { Key: string; Value: string }[]).map((x) => `${x.Key}=${x.Value}`).sort().join(',') : '');

/** A snapshot is listed as requested, Progressing then Accomplished, with its tags; deleted, it is listed no more. */
export function snapshotLifecycle(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const room = await snapshotRoom(t, 'main');
    const pick = room.held < room.limit ? room.servers.find((s) => s.held < SNAPSHOTS_PER_SERVER && s.server.systemDiskId) : undefined;
    if (!pick) return ALL.forEach((id) => t.skip(id, 'no usable server of the main account has room for a snapshot'));
    const disk = pick.server.systemDiskId!;
    const read = async (id: string) => listOf((await t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) })).body, 'Snapshots');
    const idle = await t.until(() => t.call('swas', 'ListSnapshots', { DiskId: disk, PageSize: 100 }), (r) => listOf(r.body, 'Snapshots').every((s) => s['Status'] !== 'Progressing'));
    if (!idle) return ALL.forEach((id) => t.unknown(id, `a snapshot of disk ${disk} stayed Progressing past the settle timeout`));
    const name = t.name('snap');
    const r = await t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: name, Tag: TAG_PAIRS });
    const id = r.status === 200 && typeof r.body?.['SnapshotId'] === 'string' ? r.body['SnapshotId'] : undefined;
    let deleted = false;
    try {
      if (!id) return ALL.forEach((rule) => t.unknown(rule, `CreateSnapshot failed (${answerOf(r)})`));
      const [first] = await read(id);
      const ready = await settled(t, () => read(id), (items) => items[0]?.['Status'] === 'Accomplished');
      const asSent = first?.['SnapshotName'] === name && first?.['SourceDiskId'] === disk && ['Progressing', 'Accomplished'].includes(String(first?.['Status']));
      if (asSent && !ready.ok) t.unknown(LISTED, `listed as requested, but ${String(ready.value[0]?.['Status'])} after the settle timeout`);
      else t.check(LISTED, asSent, 'ListSnapshots lists it with the SnapshotName and SourceDiskId sent, Progressing or Accomplished, then Accomplished',
        first ? `SnapshotName ${JSON.stringify(first['SnapshotName'])}, SourceDiskId ${JSON.stringify(first['SourceDiskId'])}, Status ${JSON.stringify(first['Status'])}` : 'not listed');
      t.check(TAGS, show(first?.['Tags']) === show(TAG_PAIRS), `Tags exactly ${show(TAG_PAIRS)}`, `Tags ${show(first?.['Tags']) || 'none'}`);
      const del = await t.call('swas', 'DeleteSnapshot', { SnapshotId: id });
      deleted = del.status === 200;
      if (!deleted) return t.unknown(GONE, `DeleteSnapshot failed (${answerOf(del)})`);
      const gone = await settled(t, () => read(id), (items) => items.length === 0);
      t.check(GONE, gone.ok, 'ListSnapshots(SnapshotIds=[id]) lists it no more within the settle timeout', 'still listed');
    } finally {
      if (id && !deleted) await t.call('swas', 'DeleteSnapshot', { SnapshotId: id });
    }
  }, CREATES_RESOURCES);
}
