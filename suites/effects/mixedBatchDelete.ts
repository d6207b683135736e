import { refusalRuleId, UNKNOWN_IDS, watchRefusal, type Conformance, type RuleTest } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';

const RULE = refusalRuleId('swas.DeleteCustomImages');

/** DeleteCustomImages naming a live image next to one it must refuse; the live one must stay. */
async function refusedBatch(t: RuleTest, ids: string[]): Promise<void> {
  const params = { ImageIds: JSON.stringify(ids) };
  await watchRefusal(t, 'swas', 'DeleteCustomImages', params, () => t.call('swas', 'DeleteCustomImages', params, { retry: false }));
}

/**
 * A batch delete is refused as a whole: [live, unknown] (InvalidImageId.NotFound) and [live,
 * shared] (CustomImageInShare) delete neither image. Two images of this test; a target that
 * accepts a mixed batch refuses nothing, and the test says so.
 */
export function mixedBatchDelete(c: Conformance): void {
  c.rule(RULE, async (t) => {
    const live = await t.fx.customImage();
    const shared = live && await t.fx.customImage();
    if (!live || !shared) {
      await dropCustomImages(t, [live?.imageId].filter((x): x is string => !!x));
      return t.skip(RULE, 'needs two custom images of its own, and they could not be created (a usable server with a system snapshot, room in the quota)');
    }
    try {
      await refusedBatch(t, [live.imageId, UNKNOWN_IDS.swasImage]);
      const share = await t.call('swas', 'ModifyImageShareStatus', { ImageId: shared.imageId, Operation: 'Share' });
      if (share.status === 200) await refusedBatch(t, [live.imageId, shared.imageId]);
      if (!t.observations.some((o) => o.ruleId === RULE)) {
        t.skip(RULE, `the target refused no mixed batch (answers: ${t.exchanges.filter((e) => e.action === 'DeleteCustomImages').map((e) => `HTTP ${e.status}`).join(', ')})`);
      }
    } finally {
      await dropCustomImages(t, [live.imageId, shared.imageId]);
    }
  }, CREATES_RESOURCES);
}
