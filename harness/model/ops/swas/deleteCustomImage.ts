import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { readValues } from '../../readValues.js';
import { removeCustomImages } from '../../removeCustomImages.js';

/**
 * swas.DeleteCustomImage: deletes one custom image; the same checks as the batch operation
 * (unknown image, image shared to ECS), each with this operation's own message.
 */
export const deleteCustomImage: Handler = (ctx, values) => {
  const id = readValues(values).str('ImageId') ?? '';
  const image = ctx.account.customImages.get(id);
  const refused = removeCustomImages(ctx, [id], 'swas.state.ShareBeforeDeleteSingle');
  // refused-delete-unshares: the share is withdrawn on the way to the refusal.
  if (refused?.kind === 'error' && refused.code === 'CustomImageInShare' && image && ctx.dev('refused-delete-unshares')) image.InShare = false;
  if (refused) return refused;
  return ok({}, 'swas.DeleteCustomImage.response.schema', 'swas.DeleteCustomImage.state.ImageGone', 'swas.quota.DeleteFreesQuota');
};
