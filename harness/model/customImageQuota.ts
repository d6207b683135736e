import { inRegion } from './inRegion.js';
import type { OpContext } from './OpContext.js';

/** The documented per-account cap of SWAS custom images, whatever the number of servers. */
export const CUSTOM_IMAGE_CAP = 15;
export const CUSTOM_IMAGES_PER_SERVER = 3;

/**
 * The custom-image quota of the calling account in the call's region: min(3 x servers, 15),
 * servers of every status counted. `rule` names the quota rule that sets the limit: the
 * per-server rule while 3 x servers is below the cap, the cap rule from there on.
 * The quota deviations of the model bend the limit here.
 */
export function customImageQuota(ctx: OpContext): { limit: number; rule: string; used: number } {
  const servers = inRegion(ctx.account.servers, ctx.regionId).list.length;
  const perServer = CUSTOM_IMAGES_PER_SERVER * servers;
  const capped = perServer >= CUSTOM_IMAGE_CAP;
  let limit = Math.min(perServer, CUSTOM_IMAGE_CAP);
  if (ctx.dev('quota-ignores-servers')) limit = CUSTOM_IMAGE_CAP;
  if (ctx.dev('quota-ignores-cap')) limit = perServer;
  if (ctx.dev('quota-off-by-one')) limit += 1;
  return {
    limit,
    rule: capped ? 'swas.quota.CustomImagesMax' : 'swas.quota.CustomImagesPerServer',
    // Images still being created count: the quota is on images held, whatever their status.
    used: inRegion(ctx.account.customImages, ctx.regionId).list.length + (ctx.dev('deleted-quota-leak') ? ctx.account.leakedQuotaSlots ?? 0 : 0),
  };
}
