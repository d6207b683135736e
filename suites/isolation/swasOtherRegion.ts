import { probeRefusal, type RuleTest } from '../../harness/index.js';
import { imageListed, imageState, snapshotListed } from './swasLists.js';

export const NOT_LISTED = 'swas.isolation.OtherRegionNotListed';
export const REFUSED = 'swas.isolation.OtherRegionRefused';

/**
 * The owner's unshared custom image and its snapshot, through the second region's RegionId: not
 * listed; DeleteCustomImages and ModifyImageShareStatus there are refused, and the image is still
 * listed, unshared, in its own region. (DeleteSnapshot there is tried once the image is gone:
 * snapshotAfterImage.) Returns whether the image is still there unshared.
 */
export async function swasOtherRegion(t: RuleTest, imageId: string, snapshotId: string, region: string): Promise<boolean> {
  const image = await imageListed(t, imageId, 'main', region);
  const snap = await snapshotListed(t, snapshotId, 'main', region);
  t.check(NOT_LISTED, !image && !snap, `ListCustomImages and ListSnapshots with RegionId ${region}, filtered to the image's and snapshot's ids, list nothing`,
    `image ${imageState(image)}, snapshot ${snap ? 'listed' : 'not listed'}`);

  const there = { RegionId: region };
  await probeRefusal(t, REFUSED, 'swas', 'DeleteCustomImages', { ...there, ImageIds: JSON.stringify([imageId]) });
  await probeRefusal(t, REFUSED, 'swas', 'ModifyImageShareStatus', { ...there, ImageId: imageId, Operation: 'Share' });
  const after = await imageListed(t, imageId);
  t.check(REFUSED, !!after && after['InShare'] === false, `after DeleteCustomImages and Share with RegionId ${region}, the image is still listed, InShare false, in its own region`, imageState(after));
  return !!after && after['InShare'] === false;
}
