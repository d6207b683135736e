import { inRegion } from '../../inRegion.js';
import type { Handler } from '../../OpContext.js';
import { otherAccounts } from '../../otherAccounts.js';
import { ok } from '../../outcome.js';
import { readValues } from '../../readValues.js';

/** What the model answers for a snapshot a custom image was made from: ECS's documented code (the SWAS page names none). */
const BACKS_AN_IMAGE = { httpStatus: 403, code: 'SnapshotCreatedImage', message: 'The snapshot has been used to create user defined image(s).' };

/**
 * swas.DeleteSnapshot: deletes one snapshot. The docs ask to delete a custom image made from the
 * snapshot first and name no code: the model refuses such a snapshot with ECS's 403
 * SnapshotCreatedImage and keeps it (swas.state.ImageBeforeSnapshot; backing-snapshot-deletable
 * deletes it). A snapshot still in progress may be deleted: no document forbids it.
 */
export const deleteSnapshot: Handler = (ctx, values) => {
  const id = readValues(values).str('SnapshotId');
  const own = inRegion(ctx.account.snapshots, ctx.regionId, ctx.dev('region-leak-swas')).get(id);
  const other = own ? undefined : otherAccounts(ctx, 'cross-account-delete', (a) => a.snapshots, id);
  const snapshot = own ?? other?.item;
  const owner = other?.owner ?? ctx.account;
  if (!snapshot) return ctx.fail('InvalidSnapshotId.NotFound', 'swas.DeleteSnapshot.isolation.OwnerOnly', 'swas.isolation.OtherRegionRefused');
  const backs = [...owner.customImages.values()].some((i) => i.SystemSnapshotId === snapshot.SnapshotId || i.DataSnapshotId === snapshot.SnapshotId);
  if (backs && !ctx.dev('backing-snapshot-deletable')) return { kind: 'error', ...BACKS_AN_IMAGE, rules: ['swas.state.ImageBeforeSnapshot'] };
  owner.snapshots.delete(snapshot.SnapshotId);
  return ok({}, 'swas.DeleteSnapshot.response.schema', 'swas.DeleteSnapshot.state.SnapshotGone', 'swas.state.ImageBeforeSnapshot');
};
