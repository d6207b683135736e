import { createdId, probeRefusal, type Conformance, type RuleTest } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsSource } from '../support/ecsSource.js';
import { listOf } from '../support/listOf.js';
import { totalCount } from '../support/totalCount.js';
import { missingPeer, skipRules } from './skipRules.js';

const IMAGE = 'swas.CreateCustomImage.isolation.OwnerOnly';
const SNAPSHOT = 'swas.CreateSnapshot.isolation.OwnerOnly';
const ECS = 'ecs.CreateImage.isolation.OwnerOnly';
const ALL = [IMAGE, SNAPSHOT, ECS];

const named = async (t: RuleTest, name: string, as: 'main' | 'peer') =>
  listOf((await t.call('swas', 'ListCustomImages', { ImageNames: JSON.stringify([name]) }, { as })).body, 'CustomImages').length;

/**
 * The peer tries to build on the main account's root resources: a custom image from the owner's
 * server and snapshot, a snapshot of the owner's disk, an ECS image from the profile's ECS source.
 * Each is refused and creates nothing; what a target wrongly created is deleted again as the peer
 * (the ledger records it as the peer's too).
 */
export function peerCreates(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const noPeer = missingPeer(t);
    if (noPeer) return skipRules(t, ALL, noPeer);
    const made: { product: 'swas' | 'ecs'; action: string; params: Record<string, string> }[] = [];
    try {
      const server = (await t.fx.usableServers()).find((s) => s.systemDiskId);
      const snapshotId = server && (await t.fx.snapshot(server));
      if (!server || !snapshotId) skipRules(t, [IMAGE, SNAPSHOT], 'needs a Running server of the main account with an Accomplished system-disk snapshot');
      else {
        const name = t.name('peerimg');
        const r = await probeRefusal(t, IMAGE, 'swas', 'CreateCustomImage', { InstanceId: server.InstanceId, SystemSnapshotId: snapshotId, ImageName: name }, { as: 'peer' });
        const id = createdId(r);
        if (id) made.push({ product: 'swas', action: 'DeleteCustomImages', params: { ImageIds: JSON.stringify([id]) } });
        // Had the target built it, the answer above already says so; the peer's list shows where it went.
        const theirs = await named(t, name, 'peer');
        t.check(IMAGE, theirs === 0, 'the peer lists no image of the refused request\'s name', `${theirs} images`);

        const count = async () => totalCount((await t.call('swas', 'ListSnapshots', { DiskId: server.systemDiskId!, PageSize: 1 })).body);
        const before = await count();
        const s = await probeRefusal(t, SNAPSHOT, 'swas', 'CreateSnapshot', { DiskId: server.systemDiskId!, SnapshotName: t.name('peersnap') }, { as: 'peer' });
        const sid = createdId(s, 'SnapshotId');
        if (sid) made.push({ product: 'swas', action: 'DeleteSnapshot', params: { SnapshotId: sid } });
        const after = await count();
        t.check(SNAPSHOT, after === before, "the owner's disk holds as many snapshots as before", `${before} before, ${after} after`);
      }
      const source = ecsSource(t);
      if (!source) skipRules(t, [ECS], 'needs the ECS snapshot or instance of the main account (resources.ecs)');
      else {
        const name = t.name('peerecs');
        const r = await probeRefusal(t, ECS, 'ecs', 'CreateImage', { ...source, ImageName: name }, { as: 'peer' });
        const id = createdId(r);
        if (id) made.push({ product: 'ecs', action: 'DeleteImage', params: { ImageId: id } });
        const listed = listOf((await t.call('ecs', 'DescribeImages', { ImageName: name, ImageOwnerAlias: 'self', Status: 'Creating,Available' }, { as: 'peer' })).body, 'Images', 'Image')
          .filter((i) => i['ImageName'] === name).length;
        t.check(ECS, listed === 0, 'the peer lists no image of the refused request\'s name', `${listed} images`);
      }
    } finally {
      for (const m of made) await t.call(m.product, m.action, m.params, { as: 'peer' });
    }
  }, CREATES_RESOURCES);
}
