import { inRegion } from './inRegion.js';
import type { OpContext } from './OpContext.js';
import type { EcsImage } from './state.js';
import { swasImageInEcs } from './swasImageInEcs.js';

/** One image DescribeImages can list for the caller, with whose it is. */
export interface VisibleImage {
  image: EcsImage;
  alias: 'self' | 'others';
  /** The owning account, when the model knows one (not for the ECS view of SWAS images). */
  ownerId?: string;
}

/**
 * Every image the caller sees through ECS in the call's region, in insertion order:
 * - its own custom images (self);
 * - images other accounts shared with it through ModifyImageSharePermission (others);
 * - its SWAS custom images shared to ECS (others: the same ImageId, an inference; SWAS, not the
 *   caller's ECS, owns them). Deviations: share-not-in-ecs lists none of them, unshare-keeps-ecs
 *   keeps listing an unshared one that was ever shared (until it is deleted).
 * The model has no system, marketplace or community images.
 */
export function ecsVisibleImages(ctx: OpContext): VisibleImage[] {
  const out: VisibleImage[] = inRegion(ctx.account.ecsImages, ctx.regionId).list.map((image) => ({ image, alias: 'self', ownerId: ctx.account.id }));
  for (const owner of ctx.state.accounts.values()) {
    if (owner.id === ctx.account.id) continue;
    for (const image of inRegion(owner.ecsImages, ctx.regionId).list) {
      if (image.shares.has(ctx.account.id)) out.push({ image, alias: 'others', ownerId: owner.id });
    }
  }
  if (!ctx.dev('share-not-in-ecs')) {
    for (const image of inRegion(ctx.account.customImages, ctx.regionId).list) {
      const shown = image.InShare || (ctx.dev('unshare-keeps-ecs') && image.everShared === true);
      if (shown) out.push({ image: swasImageInEcs(ctx.account, image), alias: 'others' });
    }
  }
  return out;
}
