import { inRegion } from './inRegion.js';
import type { ModelDeviation } from './modelDeviations.js';
import type { OpContext } from './OpContext.js';
import { otherAccounts } from './otherAccounts.js';
import type { Account, EcsImage } from './state.js';

/**
 * The caller's own ECS custom image `imageId` in the call's region, the only images
 * ModifyImageAttribute, ModifyImageSharePermission, DeleteImage and DescribeImageSharePermission
 * act on. Not found (the caller gets InvalidImageId.NotFound): images of other regions, images
 * other accounts shared with the caller, and the ECS view of the caller's own SWAS images shared
 * to ECS. The last case is undocumented: the SWAS image is listed by DescribeImages as owned by
 * others and is read-only from ECS (our reading; it is managed through SWAS).
 * Under region-leak-ecs, an own image of any region is found.
 */
export function ownEcsImage(ctx: OpContext, imageId: string | undefined): EcsImage | undefined {
  return inRegion(ctx.account.ecsImages, ctx.regionId, ctx.dev('region-leak-ecs')).get(imageId);
}

/**
 * `ownEcsImage`, or under `deviation` (recipient-modifies, recipient-reshares, …) an image another
 * account shared with the caller, with its owner.
 */
export function reachableEcsImage(ctx: OpContext, imageId: string | undefined, deviation: ModelDeviation): { image: EcsImage; owner: Account } | undefined {
  const own = ownEcsImage(ctx, imageId);
  if (own) return { image: own, owner: ctx.account };
  const other = otherAccounts(ctx, deviation, (a) => a.ecsImages, imageId, (i) => i.shares.has(ctx.account.id));
  return other && { image: other.item, owner: other.owner };
}
