import { inRegion } from '../../inRegion.js';
import { otherAccounts } from '../../otherAccounts.js';
import type { Handler, OpContext } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { readValues } from '../../readValues.js';
import type { Disk, Snapshot } from '../../state.js';

/** Server states a snapshot can be taken in (our reading of "a state that does not allow it"). */
const SNAPSHOTTABLE = new Set(['Running', 'Stopped']);
const PER_SERVER = 3;
const ACCOUNT_CAP = 15;

/** The snapshot the request asks for, Progressing until the snapshot delay has passed. */
function snapshotOf(ctx: OpContext, v: ReturnType<typeof readValues>, disk: Disk, instanceId: string): Snapshot {
  return {
    SnapshotId: ctx.newId('s-'), SnapshotName: v.str('SnapshotName') ?? '', SourceDiskId: disk.DiskId, SourceDiskType: disk.DiskType,
    InstanceId: instanceId, RegionId: ctx.regionId, Remark: '', CreationTime: ctx.iso(),
    readyAt: ctx.now + (ctx.dev('sync-snapshot') ? 0 : ctx.delays.snapshotMs), Tags: (v.tags() ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
    ResourceGroupId: v.str('ResourceGroupId') ?? '',
  };
}

/**
 * swas.CreateSnapshot: a snapshot of one disk, Progressing until the asynchronous delay has
 * passed, then Accomplished. Checks in order: disk, server state, a snapshot of the disk still in
 * progress, name (unique among the account's snapshots in the region: our reading of the
 * undocumented scope), 3 snapshots per server, min(3 x servers, 15) per account.
 */
export const createSnapshot: Handler = (ctx, values) => {
  const v = readValues(values);
  const snapshots = inRegion(ctx.account.snapshots, ctx.regionId).list;
  const other = otherAccounts(ctx, 'cross-account-sources', (a) => a.disks, v.str('DiskId'));
  const disk = inRegion(ctx.account.disks, ctx.regionId).get(v.str('DiskId')) ?? other?.item;
  if (!disk) return ctx.fail('InvalidDiskId.NotFound', 'swas.CreateSnapshot.isolation.OwnerOnly');
  const server = (other?.owner ?? ctx.account).servers.get(disk.InstanceId);
  if (!server || !SNAPSHOTTABLE.has(server.Status) || (server.Status === 'Stopped' && ctx.state.readings?.stoppedRefuses)) return ctx.fail('IncorrectStatus');
  if (snapshots.some((s) => s.SourceDiskId === disk.DiskId && s.readyAt > ctx.now)) return ctx.fail('IncorrectDiskStatus.CreatingSnapshot');
  const name = v.str('SnapshotName') ?? '';
  if (snapshots.some((s) => s.SnapshotName === name)) return ctx.fail('InvalidSnapshotName.Duplicate');
  const ofServer = snapshots.filter((s) => s.InstanceId === server.InstanceId).length;
  const servers = inRegion(ctx.account.servers, ctx.regionId).list.length;
  const limit = ofServer >= PER_SERVER && !ctx.dev('snapshot-limit-off') ? 'swas.quota.SnapshotsPerServer'
    : snapshots.length >= Math.min(PER_SERVER * servers, ACCOUNT_CAP) ? 'swas.quota.SnapshotsPerAccount' : undefined;
  if (limit) {
    // snapshot-refusal-taken: the refused snapshot is still taken, and is listed a moment after the answer.
    if (ctx.dev('snapshot-refusal-taken')) {
      const late = snapshotOf(ctx, v, disk, server.InstanceId);
      ctx.account.snapshots.set(late.SnapshotId, { ...late, visibleAt: ctx.now + ctx.delays.snapshotMs / 10 });
    }
    return ctx.fail('SnapshotLimitExceed', limit);
  }

  const snapshot = snapshotOf(ctx, v, disk, server.InstanceId);
  const tags = snapshot.Tags;
  ctx.account.snapshots.set(snapshot.SnapshotId, snapshot);
  const rules = ['swas.CreateSnapshot.response.schema', 'swas.CreateSnapshot.state.SnapshotListed',
    'swas.quota.SnapshotsPerServer', 'swas.quota.SnapshotsPerAccount'];
  if (tags.length) rules.push('swas.CreateSnapshot.state.TagsApplied');
  return ok({ SnapshotId: snapshot.SnapshotId }, ...rules);
};
