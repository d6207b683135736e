import { ecsDryRun } from '../../ecsDryRun.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { ownEcsImage } from '../../ownEcsImage.js';
import { readValues } from '../../readValues.js';

/**
 * ecs.DeleteImage: deletes one of the caller's own images. A missing image is 404
 * InvalidImageId.NotFound (the error table; the parameter text says "ignored"). Checks run in the
 * order image, shares, instances (the order is undocumented). An image still being created can
 * be deleted: no document forbids it.
 */
export const deleteImage: Handler = (ctx, values) => {
  const v = readValues(values);
  const image = ownEcsImage(ctx, v.str('ImageId'));
  if (!image) return ctx.fail('InvalidImageId.NotFound');
  if (image.shares.size > 0) {
    // delete-image-refusal-unshares: the shares are withdrawn on the way to the refusal.
    if (ctx.dev('delete-image-refusal-unshares')) image.shares.clear();
    return ctx.fail('ImageUseShared', 'ecs.state.DeleteNeedsUnshare');
  }
  const force = v.bool('Force') === true;
  if (image.usedByInstance && !force) return ctx.fail('ImageUsingByInstance', 'ecs.DeleteImage.state.ForceDeletesInUse');
  if (v.bool('DryRun') === true) return ecsDryRun(ctx);
  ctx.account.ecsImages.delete(image.ImageId);
  const rules = ['ecs.DeleteImage.response.schema', 'ecs.DeleteImage.state.ImageGone'];
  if (image.usedByInstance) rules.push('ecs.DeleteImage.state.ForceDeletesInUse');
  return ok({}, ...rules);
};
