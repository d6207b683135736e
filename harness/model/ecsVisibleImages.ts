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
 * Never another account's unshared image, nor another account's SWAS image shared to ECS, nor
 * an image of another region. The isolation deviations bend exactly that: unshared-visible,
 * shared-listed-as-own, revoked-share-visible, ecs-share-visible-to-all, ecs-share-all-regions,
 * region-leak-ecs. The model has no system, marketplace or community images.
 */
export function ecsVisibleImages(ctx: OpContext): VisibleImage[] {
  const anyRegion = ctx.dev('region-leak-ecs');
  const out: VisibleImage[] = inRegion(ctx.account.ecsImages, ctx.regionId, anyRegion).list.map((image) => ({ image, alias: 'self', ownerId: ctx.account.id }));
  const me = ctx.account.id;
  for (const owner of ctx.state.accounts.values()) {
    if (owner.id === me) continue;
    for (const image of inRegion(owner.ecsImages, ctx.regionId, anyRegion).list) {
      const shared = image.shares.has(me) || (ctx.dev('revoked-share-visible') && image.revokedFrom?.has(me) === true);
      if (shared || ctx.dev('unshared-visible')) out.push({ image, alias: shared && ctx.dev('shared-listed-as-own') ? 'self' : 'others', ownerId: owner.id });
    }
  }
  if (!ctx.dev('share-not-in-ecs')) {
    const owners = ctx.dev('ecs-share-visible-to-all') ? [...ctx.state.accounts.values()] : [ctx.account];
    for (const owner of owners) {
      for (const image of inRegion(owner.customImages, ctx.regionId, ctx.dev('ecs-share-all-regions')).list) {
        const shown = image.InShare || (ctx.dev('unshare-keeps-ecs') && image.everShared === true);
        if (shown) out.push({ image: swasImageInEcs(owner, image), alias: 'others' });
      }
    }
  }
  return out;
}
