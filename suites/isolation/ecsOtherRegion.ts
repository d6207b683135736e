import { probeRefusal, readEcsImage, type RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { sharedWith } from '../support/sharedWith.js';
import { ecsViews, listedUnder } from './ecsViews.js';

export const NOT_LISTED = 'ecs.isolation.OtherRegionNotListed';
export const REFUSED = 'ecs.isolation.OtherRegionRefused';

/**
 * The image lives in the profile's region and is shared with the peer: through the second
 * region's RegionId neither account lists it, and renaming it, changing its share list, reading
 * its share list or deleting it there reach nothing (the image keeps its name and shares).
 */
export async function ecsOtherRegion(t: RuleTest, imageId: string, peerId: string, region: string): Promise<void> {
  const owner = await ecsViews(t, 'main', imageId, region);
  const peer = await ecsViews(t, 'peer', imageId, region);
  t.check(NOT_LISTED, !owner.self.length && !owner.none.length && !peer.others.length && !peer.none.length,
    `DescribeImages with RegionId ${region} lists the image neither for its owner (self, no alias) nor for the peer (others, no alias)`,
    `owner: ${listedUnder(owner)}; peer: ${listedUnder(peer)}`);

  const before = await readEcsImage(t, imageId);
  const there = { ImageId: imageId, RegionId: region };
  await probeRefusal(t, REFUSED, 'ecs', 'ModifyImageAttribute', { ...there, ImageName: t.name('elsewhere') });
  await probeRefusal(t, REFUSED, 'ecs', 'ModifyImageSharePermission', { ...there, RemoveAccount: [peerId] });
  await probeRefusal(t, REFUSED, 'ecs', 'DescribeImageSharePermission', there);
  const del = await t.call('ecs', 'DeleteImage', there, { retry: false });
  const after = await readEcsImage(t, imageId);
  const shares = after ? (await sharedWith(t, imageId)).accounts : [];
  const ok = (del.status === 200 || (del.status >= 400 && del.status < 500)) && !!after && after['ImageName'] === before?.['ImageName'] && shares.includes(peerId);
  t.check(REFUSED, ok, `after the calls with RegionId ${region} (DeleteImage refused or ignored), the image keeps its name and its share with the peer in its own region`,
    `DeleteImage ${answerOf(del)}; ${after ? `name ${JSON.stringify(after['ImageName'])}, shared with ${shares.join(', ') || 'nobody'}` : 'the image is gone'}`, [del.exchange]);
}
