import { inRegion } from '../../inRegion.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { readValues } from '../../readValues.js';

/**
 * swas.DeleteSnapshot: deletes one snapshot. No code is documented for deleting a snapshot that
 * backs a custom image (the docs only ask to delete the image first) or one still in progress:
 * the model allows both, and the image keeps the snapshot's id.
 */
export const deleteSnapshot: Handler = (ctx, values) => {
  const snapshot = inRegion(ctx.account.snapshots, ctx.regionId).get(readValues(values).str('SnapshotId'));
  if (!snapshot) return ctx.fail('InvalidSnapshotId.NotFound');
  ctx.account.snapshots.delete(snapshot.SnapshotId);
  return ok({}, 'swas.DeleteSnapshot.response.schema', 'swas.DeleteSnapshot.state.SnapshotGone');
};
