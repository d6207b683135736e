import { probeRefusal, readEcsImage, type RuleTest } from '../../harness/index.js';
import { sharedWith } from '../support/sharedWith.js';
import { ecsViews, listedUnder } from './ecsViews.js';

export const KEEPS_SHARES = 'ecs.state.SharedDeleteKeepsShares';

/** The owner's DeleteImage of the shared image is refused (403 ImageUseShared) and changes nothing, as both accounts see it. */
export async function ecsSharedDelete(t: RuleTest, imageId: string, peerId: string): Promise<boolean> {
  await probeRefusal(t, KEEPS_SHARES, 'ecs', 'DeleteImage', { ImageId: imageId });
  const kept = await readEcsImage(t, imageId);
  const shares = kept ? (await sharedWith(t, imageId)).accounts : [];
  const peer = await ecsViews(t, 'peer', imageId);
  t.check(KEEPS_SHARES, !!kept && shares.includes(peerId) && peer.others.length === 1,
    'after the refused DeleteImage the owner still lists the image, its share list names the peer, and the peer still finds it under others',
    `${kept ? `listed, shared with ${shares.join(', ') || 'nobody'}` : 'the image is gone'}; peer: ${listedUnder(peer)}`);
  return !!kept && shares.includes(peerId);
}
