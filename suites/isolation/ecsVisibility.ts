import type { RuleTest } from '../../harness/index.js';
import { settled } from '../support/settled.js';
import { ecsViews, itemAliases, listedUnder, type Views } from './ecsViews.js';

export const OWN = 'ecs.isolation.OwnImagesUnderSelf';
export const UNSHARED = 'ecs.isolation.UnsharedInvisible';
export const SHARED = 'ecs.isolation.SharedUnderOthers';
export const REVOKED = 'ecs.isolation.RevokedShareInvisible';

const nowhere = (v: Views) => v.self.length + v.others.length + v.system.length + v.none.length === 0;

/** The owner's view: self and no alias list the image as self; others and system do not. */
export async function ownerSeesOwn(t: RuleTest, imageId: string, when: string): Promise<void> {
  const v = await ecsViews(t, 'main', imageId);
  const ok = v.self.length === 1 && v.none.length === 1 && !v.others.length && !v.system.length && itemAliases([...v.self, ...v.none]).join() === 'self';
  t.check(OWN, ok, `${when}: the owner's DescribeImages lists the image under self and with no alias, as self, and not under others or system`,
    `${listedUnder(v)}, items say ${itemAliases([...v.self, ...v.none, ...v.others]).join(', ') || 'nothing'}`);
}

/** Before any share: the peer finds the image under no alias. */
export async function peerSeesNothing(t: RuleTest, imageId: string): Promise<void> {
  const v = await ecsViews(t, 'peer', imageId);
  t.check(UNSHARED, nowhere(v), 'before it is shared with the peer, the peer\'s DescribeImages(ImageId) lists the image under no alias', listedUnder(v));
}

/** While shared: within the settle timeout others and no alias list it as others; self and system never. */
export async function peerSeesShared(t: RuleTest, imageId: string): Promise<boolean> {
  const seen = await settled(t, () => ecsViews(t, 'peer', imageId), (v) => v.others.length === 1 && v.none.length === 1);
  const v = seen.value;
  const ok = seen.ok && !v.self.length && !v.system.length && itemAliases([...v.others, ...v.none]).join() === 'others';
  t.check(SHARED, ok, 'while shared with the peer, its DescribeImages lists the image under others and with no alias (within the settle timeout), as others, and not under self or system',
    `${listedUnder(v)}, items say ${itemAliases([...v.self, ...v.others, ...v.none]).join(', ') || 'nothing'}`);
  return seen.ok;
}

/** After RemoveAccount: within the settle timeout the peer no longer finds it under any alias. */
export async function peerSeesRevoked(t: RuleTest, imageId: string): Promise<void> {
  const seen = await settled(t, () => ecsViews(t, 'peer', imageId), nowhere);
  t.check(REVOKED, seen.ok, 'after the owner removed the peer from the share list, the peer\'s DescribeImages lists the image under no alias (within the settle timeout)', listedUnder(seen.value));
}
