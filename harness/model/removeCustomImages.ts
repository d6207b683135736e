import { inRegion } from './inRegion.js';
import type { OpContext } from './OpContext.js';
import type { Outcome } from './outcome.js';

/**
 * Deletes the SWAS custom images `ids` of the calling account in the call's region, or answers
 * the documented error without deleting any: every id is checked (unknown first, then shared to
 * ECS) before the first deletion. All-or-nothing is our reading; the docs do not say whether a
 * batch with one bad id deletes the others. Repeated ids are deleted once.
 * `shareRule` is the lifecycle rule the CustomImageInShare refusal rests on.
 */
export function removeCustomImages(ctx: OpContext, ids: readonly string[], shareRule: string): Outcome | undefined {
  const images = inRegion(ctx.account.customImages, ctx.regionId);
  const found = ids.map((id) => images.get(id));
  const refused = found.some((image) => !image) ? ctx.fail('InvalidImageId.NotFound')
    // The share check reads the real flag, also under in-share-stuck (which only bends the list).
    : !ctx.dev('delete-shared-allowed') && found.some((image) => image!.InShare) ? ctx.fail('CustomImageInShare', shareRule) : undefined;
  // batch-delete-partial: the images that could go are deleted before the refusal is answered.
  if (refused && ctx.dev('batch-delete-partial')) for (const image of found) if (image && !image.InShare) ctx.account.customImages.delete(image.ImageId);
  if (refused) return refused;
  for (const image of found) {
    if (!image || !ctx.account.customImages.delete(image.ImageId)) continue;
    if (ctx.dev('stale-list-after-delete')) ctx.account.deletedCustomImages.set(image.ImageId, image);
    if (ctx.dev('deleted-quota-leak')) ctx.account.leakedQuotaSlots = (ctx.account.leakedQuotaSlots ?? 0) + 1;
  }
  return undefined;
}
