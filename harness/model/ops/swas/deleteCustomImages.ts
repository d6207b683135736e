import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { removeCustomImages } from '../../removeCustomImages.js';

/** The ids of the ImageIds parameter: a decoded JSON array, or under a deviation a bare comma list. */
function imageIds(value: unknown, commaListAccepted: boolean): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  // Array decoding was switched off: a raw string reaches the handler. Without the deviation it
  // names one (unknown) id; with it, a comma-separated list is read as the ids it lists.
  return commaListAccepted ? value.split(',').map((s) => s.trim()).filter(Boolean) : [value];
}

/**
 * swas.DeleteCustomImages: deletes up to 15 custom images at once (the limit is checked by
 * parameter validation). Unknown ids give InvalidImageId.NotFound, images shared to ECS
 * CustomImageInShare; either way nothing is deleted (see removeCustomImages).
 */
export const deleteCustomImages: Handler = (ctx, values) => {
  const ids = imageIds(values['ImageIds'], ctx.dev('image-ids-malformed-accepted'));
  if (!ids.length) return ctx.fail('InvalidImageId.NotFound');
  const refused = removeCustomImages(ctx, ids, 'swas.state.ShareBeforeDelete');
  if (refused) return refused;
  const rules = ['swas.DeleteCustomImages.response.schema', 'swas.DeleteCustomImages.state.ImagesGone', 'swas.state.DeletedGoneEverywhere', 'swas.quota.DeleteFreesQuota'];
  if (new Set(ids).size > 1) rules.push('swas.DeleteCustomImages.state.BatchOfFifteen');
  return ok({}, ...rules);
};
