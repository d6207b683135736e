import { inRegion } from './inRegion.js';
import { otherAccounts } from './otherAccounts.js';
import type { OpContext } from './OpContext.js';
import type { Outcome } from './outcome.js';

/** The isolation rules a NotFound of the batch (0) and the single (1) delete rests on. */
const NOT_FOUND_RULES = [
  ['swas.DeleteCustomImages.isolation.OwnerOnly', 'swas.isolation.OtherRegionRefused'],
  ['swas.DeleteCustomImage.isolation.OwnerOnly'],
];

/**
 * Deletes the SWAS custom images `ids` of the calling account in the call's region, or answers
 * the documented error without deleting any: every id is checked (unknown first, then shared to
 * ECS) before the first deletion. All-or-nothing is our reading; the docs do not say whether a
 * batch with one bad id deletes the others. Repeated ids are deleted once.
 * `shareRule` is the lifecycle rule the CustomImageInShare refusal rests on.
 */
export function removeCustomImages(ctx: OpContext, ids: readonly string[], shareRule: string): Outcome | undefined {
  const images = inRegion(ctx.account.customImages, ctx.regionId, ctx.dev('region-leak-swas'));
  // cross-account-delete: an id of another account's image is found there, and deleted there.
  const owners = new Map<string, typeof ctx.account>();
  const found = ids.map((id) => {
    const own = images.get(id);
    if (own) return own;
    const other = otherAccounts(ctx, 'cross-account-delete', (a) => a.customImages, id);
    if (other) owners.set(other.item.ImageId, other.owner);
    return other?.item;
  });
  const refused = found.some((image) => !image) ? ctx.fail('InvalidImageId.NotFound', ...NOT_FOUND_RULES[shareRule === 'swas.state.ShareBeforeDelete' ? 0 : 1]!)
    // The share check reads the real flag, also under in-share-stuck (which only bends the list).
    : !ctx.dev('delete-shared-allowed') && found.some((image) => image!.InShare) ? ctx.fail('CustomImageInShare', shareRule) : undefined;
  // batch-delete-partial: the images that could go are deleted before the refusal is answered.
  if (refused && ctx.dev('batch-delete-partial')) for (const image of found) if (image && !image.InShare) (owners.get(image.ImageId) ?? ctx.account).customImages.delete(image.ImageId);
  if (refused) return refused;
  for (const image of found) {
    if (!image || !(owners.get(image.ImageId) ?? ctx.account).customImages.delete(image.ImageId)) continue;
    if (ctx.dev('stale-list-after-delete')) ctx.account.deletedCustomImages.set(image.ImageId, image);
    if (ctx.dev('deleted-quota-leak')) ctx.account.leakedQuotaSlots = (ctx.account.leakedQuotaSlots ?? 0) + 1;
  }
  return undefined;
}
