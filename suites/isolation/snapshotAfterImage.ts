import { probeRefusal, type RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { imageListed, imageState, snapshotListed } from './swasLists.js';
import { REFUSED } from './swasOtherRegion.js';

export const IMAGE_FIRST = 'swas.state.ImageBeforeSnapshot';
export const PEER_DELETE = 'swas.DeleteSnapshot.isolation.OwnerOnly';

/** While the image made from it exists, the owner's DeleteSnapshot is refused and both stay listed. Returns whether they did. */
export async function snapshotKept(t: RuleTest, imageId: string, snapshotId: string): Promise<boolean> {
  await probeRefusal(t, IMAGE_FIRST, 'swas', 'DeleteSnapshot', { SnapshotId: snapshotId });
  const [snap, image] = [await snapshotListed(t, snapshotId), await imageListed(t, imageId)];
  t.check(IMAGE_FIRST, !!snap && !!image, 'while the image made from it exists, the refused DeleteSnapshot leaves the snapshot and the image listed',
    `snapshot ${snap ? 'listed' : 'not listed'}, image ${imageState(image)}`);
  return !!snap;
}

/**
 * Once the image is deleted: the peer's DeleteSnapshot and one with the second region's RegionId
 * are refused and the snapshot is still listed; then the owner's DeleteSnapshot succeeds. Returns
 * whether the snapshot is gone.
 */
export async function snapshotAfterImage(t: RuleTest, snapshotId: string, peer: boolean, region: string | undefined): Promise<boolean> {
  const tries: [string, Record<string, string>, 'main' | 'peer', string][] = [];
  if (peer) tries.push([PEER_DELETE, {}, 'peer', "after the peer's DeleteSnapshot the owner still lists the snapshot"]);
  if (region) tries.push([REFUSED, { RegionId: region }, 'main', `after DeleteSnapshot with RegionId ${region} the snapshot is still listed in its own region`]);
  for (const [rule, where, as, documented] of tries) {
    await probeRefusal(t, rule, 'swas', 'DeleteSnapshot', { SnapshotId: snapshotId, ...where }, { as });
    const kept = await snapshotListed(t, snapshotId);
    t.check(rule, !!kept, documented, kept ? 'listed' : 'not listed');
    // Deleted by that call (the rule it broke says so): the owner's delete proves nothing more.
    if (!kept) return true;
  }
  const del = await t.call('swas', 'DeleteSnapshot', { SnapshotId: snapshotId });
  const gone = !(await snapshotListed(t, snapshotId));
  t.check(IMAGE_FIRST, del.status === 200 && gone, 'once the image is deleted, DeleteSnapshot of its snapshot succeeds and the snapshot is no longer listed', `${answerOf(del)}; ${gone ? 'not listed' : 'still listed'}`, [del.exchange]);
  return gone;
}
