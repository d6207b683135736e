import { CUSTOM_IMAGE_CAP, CUSTOM_IMAGES_PER_SERVER, type CallResult, type Outcome } from '../../harness/index.js';
import type { World } from './World.js';

/**
 * The rules an answer that differs from the model's breaks. Mostly the rules the model's outcome
 * names (a wrong error code breaks that error's rule; a refusal of what the model accepts breaks
 * the state rules of the success). A quota refusal the model does not share is put on the quota
 * rule, or on DeleteFreesQuota when only the images the suite deleted would fill the quota.
 */
export function attributeAnswer(w: World, product: string, action: string, outcome: Outcome, answer: CallResult): string[] {
  const own = outcome.rules.filter((r) => !r.includes('.response.'));
  const code = answer.body?.['Code'];
  if (outcome.kind === 'ok' && code === 'CustomImageQuotaLimit') {
    const live = [...w.account.customImages.values()].length;
    // Deleted by this run, or by earlier runs and their cleanup.
    const deleted = w.swasIds.filter((id) => !w.account.customImages.has(id)).length + w.rec.goneImages;
    const perServer = CUSTOM_IMAGES_PER_SERVER * w.account.servers.size;
    const limit = Math.min(perServer, CUSTOM_IMAGE_CAP);
    if (deleted > 0 && live + deleted >= limit) return ['swas.quota.DeleteFreesQuota'];
    return [perServer >= CUSTOM_IMAGE_CAP ? 'swas.quota.CustomImagesMax' : 'swas.quota.CustomImagesPerServer'];
  }
  if (outcome.kind === 'ok' && code === 'SnapshotLimitExceed') return ['swas.quota.SnapshotsPerServer', 'swas.quota.SnapshotsPerAccount'];
  return own.length ? own : [`${product}.${action}.response.schema`];
}
