import { inRegion } from './inRegion.js';
import type { OpContext } from './OpContext.js';
import type { EcsImage } from './state.js';

/**
 * The caller's own ECS custom image `imageId` in the call's region, the only images
 * ModifyImageAttribute, ModifyImageSharePermission, DeleteImage and DescribeImageSharePermission
 * act on. Not found (the caller gets InvalidImageId.NotFound): images of other regions, images
 * other accounts shared with the caller, and the ECS view of the caller's own SWAS images shared
 * to ECS. The last case is undocumented: the SWAS image is listed by DescribeImages as owned by
 * others and is read-only from ECS (our reading; it is managed through SWAS).
 */
export function ownEcsImage(ctx: OpContext, imageId: string | undefined): EcsImage | undefined {
  return inRegion(ctx.account.ecsImages, ctx.regionId).get(imageId);
}
