import type { RuleTest } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';

/** ListCustomImages filtered to one image, for an account and optionally another RegionId. */
export async function imageListed(t: RuleTest, imageId: string, as: 'main' | 'peer' = 'main', region?: string): Promise<Record<string, unknown> | undefined> {
  const r = await t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify([imageId]), ...(region && { RegionId: region }) }, { as });
  return listOf(r.body, 'CustomImages').find((i) => i['ImageId'] === imageId);
}

/** ListSnapshots filtered to one snapshot, for an account and optionally another RegionId. */
export async function snapshotListed(t: RuleTest, snapshotId: string, as: 'main' | 'peer' = 'main', region?: string): Promise<Record<string, unknown> | undefined> {
  const r = await t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([snapshotId]), ...(region && { RegionId: region }) }, { as });
  return listOf(r.body, 'Snapshots').find((s) => s['SnapshotId'] === snapshotId);
}

/** "listed, InShare false" / "not listed": an image item in words. */
export const imageState = (i: Record<string, unknown> | undefined) => (i ? `listed, InShare ${String(i['InShare'])}` : 'not listed');
