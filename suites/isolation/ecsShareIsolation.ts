import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropEcsImage } from '../support/dropEcsImage.js';
import { ecsOtherRegion, NOT_LISTED, REFUSED } from './ecsOtherRegion.js';
import { DELETE, MODIFY, READ_SHARES, recipientActs, RESHARE } from './ecsRecipientActs.js';
import { ecsSharedDelete, KEEPS_SHARES } from './ecsSharedDelete.js';
import { OWN, ownerSeesOwn, peerSeesNothing, peerSeesRevoked, peerSeesShared, REVOKED, SHARED, UNSHARED } from './ecsVisibility.js';
import { missingPeer, missingRegion, skipRules } from './skipRules.js';

const PEER_RULES = [UNSHARED, SHARED, REVOKED, READ_SHARES, MODIFY, RESHARE, DELETE, KEEPS_SHARES];
const REGION_RULES = [NOT_LISTED, REFUSED];
const ALL = [OWN, ...PEER_RULES, ...REGION_RULES];

/**
 * One ECS image of the main account through its share life, as the owner, the account it is
 * shared with (the profile's peer) and the second region see and act on it: unshared, it is the
 * owner's (self) and invisible to the peer; shared, the peer lists it under others but cannot read
 * its share list, rename, re-share or delete it, the owner's delete is refused and drops nothing,
 * and the second region reaches none of it; revoked, the peer no longer finds it. One image for all
 * (one CreateImage), deleted at the end.
 */
export function ecsShareIsolation(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const imageId = await t.fx.ecsImage({ name: t.name('iso') });
    try {
      if (!imageId) return skipRules(t, ALL, 'needs an ECS image: the profile names no ECS snapshot or instance (resources.ecs), or CreateImage did not make one Available');
      await ownerSeesOwn(t, imageId, 'unshared');
      const noPeer = missingPeer(t);
      if (noPeer) skipRules(t, PEER_RULES, noPeer);
      const noRegion = missingRegion(t);
      if (noRegion || noPeer) skipRules(t, REGION_RULES, noRegion ?? `${noPeer} (the image is looked for as shared with it)`);
      if (noPeer) return;
      const peerId = t.profile.peer!.accountId;
      await peerSeesNothing(t, imageId);

      const share = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [peerId] });
      if (share.status !== 200) return skipRules(t, ALL, `could not share the image with the peer ${peerId} (${answerOf(share)})`);
      if (!(await peerSeesShared(t, imageId))) return skipRules(t, ALL, 'the peer never found the shared image, so what it may do with it cannot be told');
      await ownerSeesOwn(t, imageId, 'shared');
      const intact = (await recipientActs(t, imageId, peerId)) && (await ecsSharedDelete(t, imageId, peerId));
      if (!intact) return skipRules(t, ALL, 'an earlier step deleted the image or dropped its share with the peer (see the rule it broke)');
      if (!noRegion) await ecsOtherRegion(t, imageId, peerId, t.profile.secondRegion!);

      const unshare = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, RemoveAccount: [peerId] });
      if (unshare.status !== 200) return skipRules(t, ALL, `could not remove the peer from the share list (${answerOf(unshare)})`);
      await peerSeesRevoked(t, imageId);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
