import type { RuleTest } from '../../harness/index.js';
import { customImages } from './customImages.js';

/**
 * Deletes custom images a test created: waits (settle timeout at most) until none is still being
 * created, unshares the shared ones, deletes in batches of 15. Best effort: the run's cleanup
 * retries whatever is left.
 */
export async function dropCustomImages(t: RuleTest, ids: readonly string[], as: 'main' | 'peer' = 'main'): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const items = (await t.until(() => customImages(t, unique, as), (list) => list.every((i) => i['Status'] !== '4'))) ?? await customImages(t, unique, as);
  for (const item of items) {
    if (item['InShare'] === true) await t.call('swas', 'ModifyImageShareStatus', { ImageId: String(item['ImageId']), Operation: 'UnShare' }, { as });
  }
  const present = items.map((i) => String(i['ImageId']));
  await t.fx.deleteCustomImages(present, as);
}
