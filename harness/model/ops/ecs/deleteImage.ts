import { ecsDryRun } from '../../ecsDryRun.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { ownEcsImage, reachableEcsImage } from '../../ownEcsImage.js';
import { readValues } from '../../readValues.js';

/**
 * ecs.DeleteImage: deletes one of the caller's own images. A missing image is 404
 * InvalidImageId.NotFound (the error table; the parameter text says "ignored"). Checks run in the
 * order image, shares, instances (the order is undocumented). An image still being created can
 * be deleted: no document forbids it. A refusal changes nothing (the shares of a shared image stay).
 */
export const deleteImage: Handler = (ctx, values) => {
  const v = readValues(values);
  const own = ownEcsImage(ctx, v.str('ImageId'));
  // cross-account-delete: an image shared with the caller is deleted from its owner, shares and all.
  const leaked = own ? undefined : reachableEcsImage(ctx, v.str('ImageId'), 'cross-account-delete');
  if (leaked) {
    leaked.owner.ecsImages.delete(leaked.image.ImageId);
    return ok({}, 'ecs.DeleteImage.response.schema');
  }
  const image = own;
  if (!image) return ctx.fail('InvalidImageId.NotFound', 'ecs.DeleteImage.isolation.OwnerOnly', 'ecs.isolation.OtherRegionRefused');
  if (image.shares.size > 0) {
    // refused-delete-drops-shares: the shares are withdrawn on the way to the refusal.
    if (ctx.dev('refused-delete-drops-shares')) image.shares.clear();
    return ctx.fail('ImageUseShared', 'ecs.state.DeleteNeedsUnshare', 'ecs.state.SharedDeleteKeepsShares');
  }
  const force = v.bool('Force') === true;
  if (image.usedByInstance && !force) return ctx.fail('ImageUsingByInstance', 'ecs.DeleteImage.state.ForceDeletesInUse');
  if (v.bool('DryRun') === true) return ecsDryRun(ctx);
  ctx.account.ecsImages.delete(image.ImageId);
  const rules = ['ecs.DeleteImage.response.schema', 'ecs.DeleteImage.state.ImageGone'];
  if (image.usedByInstance) rules.push('ecs.DeleteImage.state.ForceDeletesInUse');
  return ok({}, ...rules);
};
