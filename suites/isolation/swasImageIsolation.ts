import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { snapshotTaker } from '../support/snapshotTaker.js';
import { IMAGE_FIRST, PEER_DELETE, snapshotAfterImage, snapshotKept } from './snapshotAfterImage.js';
import { missingPeer, missingRegion, skipRules } from './skipRules.js';
import { imageListed } from './swasLists.js';
import { NOT_LISTED, REFUSED, swasOtherRegion } from './swasOtherRegion.js';
import { DELETE_BATCH, DELETE_ONE, OWN_ONLY, SHARE_STATUS, swasPeerActs } from './swasPeerActs.js';
import { FLAGS, OWN_REGION, OWNER_ONLY, swasShareViews } from './swasShareViews.js';

const PEER_RULES = [OWN_ONLY, DELETE_BATCH, DELETE_ONE, SHARE_STATUS, PEER_DELETE, OWNER_ONLY];
const REGION_RULES = [NOT_LISTED, REFUSED, OWN_REGION];
const ALL = [FLAGS, IMAGE_FIRST, ...PEER_RULES, ...REGION_RULES];

/**
 * One custom image of the main account, made from a snapshot this test takes (so that a wrongly
 * accepted DeleteSnapshot can only ever remove the run's own), as the peer and the second region
 * see and act on it, shared to ECS and back, then deleted before its snapshot. One CreateSnapshot
 * and one CreateCustomImage for all its rules.
 */
export function swasImageIsolation(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const taker = snapshotTaker(t, 'main');
    let imageId: string | undefined;
    try {
      const server = (await t.fx.usableServers()).find((s) => s.systemDiskId);
      if (!server) return skipRules(t, ALL, 'needs a Running server with a system disk (resources.swas)');
      const taken = await taker.take(server);
      const snapshotId = taker.taken[0];
      if (!snapshotId || !(await taker.settle())) return skipRules(t, ALL, `could not take a snapshot of the server's system disk (${answerOf(taken)}): the server may hold its 3 snapshots already`);
      const made = await t.call('swas', 'CreateCustomImage', { InstanceId: server.InstanceId, SystemSnapshotId: snapshotId, ImageName: t.name('iso') });
      imageId = typeof made.body?.['ImageId'] === 'string' ? made.body['ImageId'] : undefined;
      const ready = imageId ? await t.until(() => imageListed(t, imageId!), (i) => i?.['Status'] === '1') : undefined;
      if (!imageId || !ready) return skipRules(t, ALL, `could not create a custom image and see it available (${answerOf(made)}): the custom-image quota may be full`);

      const noPeer = missingPeer(t);
      const noRegion = missingRegion(t);
      if (noPeer) skipRules(t, PEER_RULES, noPeer);
      if (noRegion) skipRules(t, REGION_RULES, noRegion);
      const region = noRegion ? undefined : t.profile.secondRegion;
      const gone = 'an earlier step deleted or shared the image (see the rule it broke)';
      if (!noPeer && !(await swasPeerActs(t, imageId, snapshotId, ready))) return skipRules(t, ALL, gone);
      if (region && !(await swasOtherRegion(t, imageId, snapshotId, region))) return skipRules(t, ALL, gone);
      if (!(await snapshotKept(t, imageId, snapshotId))) return skipRules(t, ALL, 'the snapshot the image was made from was deleted (see the rule it broke)');
      if (!(await swasShareViews(t, imageId, region, !noPeer))) return skipRules(t, ALL, 'could not share the image to ECS and back');

      const del = await t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([imageId]) });
      if (del.status !== 200) return skipRules(t, ALL, `could not delete the image (${answerOf(del)}), so its snapshot stays needed`);
      imageId = undefined;
      if (await snapshotAfterImage(t, snapshotId, !noPeer, region)) taker.taken.splice(0);
    } finally {
      if (imageId) await dropCustomImages(t, [imageId]);
      await taker.drop();
    }
  }, CREATES_RESOURCES);
}
