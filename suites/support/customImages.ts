import type { RuleTest } from '../../harness/index.js';
import { listOf } from './listOf.js';

/** The ListCustomImages items of the given ids (one call, up to 100 ids). */
export async function customImages(t: RuleTest, ids: readonly string[], as: 'main' | 'peer' = 'main'): Promise<Record<string, unknown>[]> {
  if (!ids.length) return [];
  const r = await t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify(ids), PageSize: 100 }, { as });
  return listOf(r.body, 'CustomImages');
}
