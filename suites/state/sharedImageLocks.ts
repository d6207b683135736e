import { dropEcsImage, probeRefusal, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ANY_ECS_STATUS, ecsImages } from '../support/ecsImages.js';
import { settled } from '../support/settled.js';

const NO_DEPRECATE = 'ecs.state.DeprecateNeedsUnshare';
const NO_DELETE = 'ecs.state.DeleteNeedsUnshare';
const GONE = 'ecs.DeleteImage.state.ImageGone';
const FORCE = 'ecs.DeleteImage.state.ForceDeletesInUse';
const ALL = [NO_DEPRECATE, NO_DELETE, GONE];

/**
 * An ECS image shared with an account can be neither deprecated nor deleted (403 ImageUseShared);
 * once the account is removed both succeed, and the deleted image is gone from every query.
 */
export function sharedImageLocks(c: Conformance): void {
  c.rule([...ALL, FORCE], async (t) => {
    t.skip(FORCE, "it needs an image instances were created from, and deleting the profile's (resources.ecs.imageInUse) would destroy a root resource other tests use");
    const account = t.profile.shareAccounts?.[0];
    if (!account) return ALL.forEach((id) => t.skip(id, 'the profile names no share account (shareAccounts)'));
    const imageId = await t.fx.ecsImage({ name: t.name('locked') });
    if (!imageId) return ALL.forEach((id) => t.skip(id, 'no ECS image could be created from the profile (resources.ecs) and become Available'));
    const modify = (params: Record<string, string>) => t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, ...params });
    let deleted = false;
    try {
      const share = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [account] });
      if (share.status !== 200) return ALL.forEach((id) => t.unknown(id, `the image could not be shared (${answerOf(share)})`));
      const dep = await probeRefusal(t, NO_DEPRECATE, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, Status: 'Deprecated' });
      if (dep.status === 200) await modify({ Status: 'Available' });
      const del = await probeRefusal(t, NO_DELETE, 'ecs', 'DeleteImage', { ImageId: imageId });
      if (del.status === 200) {
        deleted = true;
        return [NO_DEPRECATE, GONE].forEach((id) => t.unknown(id, 'the shared image was deleted, so the rest could not be observed'));
      }
      const removed = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, RemoveAccount: [account] });
      if (removed.status !== 200) return ALL.forEach((id) => t.unknown(id, `the account could not be removed (${answerOf(removed)})`));
      const dep2 = await modify({ Status: 'Deprecated' });
      t.check(NO_DEPRECATE, dep2.status === 200, 'after RemoveAccount of every account Status=Deprecated succeeds', answerOf(dep2), [dep2.exchange]);
      await modify({ Status: 'Available' });
      const del2 = await t.call('ecs', 'DeleteImage', { ImageId: imageId });
      deleted = del2.status === 200;
      t.check(NO_DELETE, deleted, 'after RemoveAccount DeleteImage succeeds', answerOf(del2), [del2.exchange]);
      if (!deleted) return t.unknown(GONE, `DeleteImage failed (${answerOf(del2)})`);
      const listed = await settled(t, () => ecsImages(t, { ImageId: imageId, ImageOwnerAlias: 'self', Status: ANY_ECS_STATUS }), (items) => items.length === 0);
      const later = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, Description: 'acs-conformance after delete' });
      const notFound = later.status === 404 && later.body?.['Code'] === 'InvalidImageId.NotFound';
      t.check(NO_DELETE, listed.ok, 'DescribeImages no longer finds the deleted image (within the settle timeout)', `${listed.value.length} found`);
      t.check(GONE, listed.ok && notFound, 'DescribeImages(ImageId, self, any status) finds nothing; ModifyImageAttribute answers HTTP 404 InvalidImageId.NotFound',
        `${listed.value.length} found; ModifyImageAttribute ${answerOf(later)}`, [later.exchange]);
    } finally {
      if (!deleted) await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
