import { probeRefusal, type RuleTest } from '../../harness/index.js';
import { imageListed, imageState, snapshotListed } from './swasLists.js';

export const OWN_ONLY = 'swas.isolation.OwnImagesOnly';
export const DELETE_BATCH = 'swas.DeleteCustomImages.isolation.OwnerOnly';
export const DELETE_ONE = 'swas.DeleteCustomImage.isolation.OwnerOnly';
export const SHARE_STATUS = 'swas.ModifyImageShareStatus.isolation.OwnerOnly';

/**
 * The peer and the owner's unshared custom image (`ownImage`: as the owner's list last showed it)
 * and its snapshot: the peer's lists filtered to
 * their ids are empty (the owner's are not); its deletes and its Share of the image are refused and
 * the owner still lists the image, unshared, after each. Returns whether the image is still there unshared.
 */
export async function swasPeerActs(t: RuleTest, imageId: string, snapshotId: string, ownImage: Record<string, unknown> | undefined): Promise<boolean> {
  const [ownSnap, peerImage, peerSnap] = [await snapshotListed(t, snapshotId), await imageListed(t, imageId, 'peer'), await snapshotListed(t, snapshotId, 'peer')];
  t.check(OWN_ONLY, !!ownImage && !!ownSnap && !peerImage && !peerSnap, "the owner's ListCustomImages and ListSnapshots list its image and snapshot; the peer's, filtered to their ids, list nothing",
    `owner: image ${imageState(ownImage)}, snapshot ${ownSnap ? 'listed' : 'not listed'}; peer: image ${imageState(peerImage)}, snapshot ${peerSnap ? 'listed' : 'not listed'}`);

  const steps: [string, string, Record<string, string>][] = [
    [DELETE_BATCH, 'DeleteCustomImages', { ImageIds: JSON.stringify([imageId]) }],
    [DELETE_ONE, 'DeleteCustomImage', { ImageId: imageId }],
    [SHARE_STATUS, 'ModifyImageShareStatus', { ImageId: imageId, Operation: 'Share' }],
  ];
  for (const [rule, action, params] of steps) {
    await probeRefusal(t, rule, 'swas', action, params, { as: 'peer' });
    const after = await imageListed(t, imageId);
    const intact = !!after && after['InShare'] === false;
    t.check(rule, intact, `after the peer's ${action}, the owner still lists the image, InShare false`, imageState(after));
    // What a broken step changed would be blamed on the next: the steps after it are not judged.
    if (!intact) return false;
  }
  return true;
}
