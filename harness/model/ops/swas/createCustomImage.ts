import { customImageQuota } from '../../customImageQuota.js';
import { inRegion } from '../../inRegion.js';
import { otherAccounts } from '../../otherAccounts.js';
import type { Handler, OpContext } from '../../OpContext.js';
import { ok, type Outcome } from '../../outcome.js';
import { readValues } from '../../readValues.js';
import type { CustomImage } from '../../state.js';

/** Server states that allow image creation (our reading: the states a snapshot can be taken in; a world may refuse Stopped). */
const IMAGEABLE = new Set(['Running', 'Stopped']);

const nameTaken = (ctx: OpContext, name: string) => inRegion(ctx.account.customImages, ctx.regionId).list.some((i) => i.Name === name);

function quotaError(ctx: OpContext): Outcome | undefined {
  const quota = customImageQuota(ctx);
  return quota.used >= quota.limit ? ctx.fail('CustomImageQuotaLimit', quota.rule) : undefined;
}

/** Adds the image the request asks for to the account (Status "4" until the creation delay has passed). */
function insertImage(ctx: OpContext, v: ReturnType<typeof readValues>, instanceId: string, systemSnapshotId: string, dataId: string | undefined): CustomImage {
  const image: CustomImage = {
    ImageId: ctx.newId(ctx.dev('swas-image-id-shape') ? 'cimg-' : 'm-'), Name: v.str('ImageName') ?? '', Description: v.str('Description') ?? '', InstanceId: instanceId,
    SystemSnapshotId: systemSnapshotId, DataSnapshotId: dataId ?? '', RegionId: ctx.regionId,
    ResourceGroupId: v.str('ResourceGroupId') ?? '', CreationTime: ctx.iso(), readyAt: ctx.now + (ctx.dev('sync-custom-image') ? 0 : ctx.delays.imageMs),
    InShare: false, Tags: (v.tags() ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
  };
  ctx.account.customImages.set(image.ImageId, image);
  return image;
}

/**
 * swas.CreateCustomImage: an image of a server from one of its system-disk snapshots (plus an
 * optional data-disk snapshot), created asynchronously (Status "4", then "1"). Checks run in the
 * order server, server state, snapshots, name, quota. Name uniqueness and quota are checked and
 * the image inserted in one synchronous step, so concurrent creates cannot overrun them unless a
 * race deviation puts a yield between the check and the insert.
 */
export const createCustomImage: Handler = async (ctx, values) => {
  const v = readValues(values);
  const servers = inRegion(ctx.account.servers, ctx.regionId);
  const snapshots = inRegion(ctx.account.snapshots, ctx.regionId);
  const server = servers.get(v.str('InstanceId')) ?? otherAccounts(ctx, 'cross-account-sources', (a) => a.servers, v.str('InstanceId'))?.item;
  if (!server) return ctx.fail('InvalidInstanceId.NotFound', 'swas.CreateCustomImage.isolation.OwnerOnly');
  if (!IMAGEABLE.has(server.Status) || (server.Status === 'Stopped' && ctx.state.readings?.stoppedRefuses)) return ctx.fail('IncorrectInstanceStatus');

  // No SystemSnapshotId names no snapshot: the metadata marks it optional, but an image needs one.
  const system = snapshots.get(v.str('SystemSnapshotId')) ?? otherAccounts(ctx, 'cross-account-sources', (a) => a.snapshots, v.str('SystemSnapshotId'))?.item;
  if (!system) return ctx.fail('InvalidParam.SystemSnapshotIdNotFound');
  const dataId = v.str('DataSnapshotId') || undefined;
  if (dataId && !snapshots.get(dataId) && !ctx.dev('data-snapshot-unchecked')) return ctx.fail('InvalidParam.DataSnapshotIdNotFound');
  const wrongDisk = system.SourceDiskType !== 'system' && !ctx.dev('system-snapshot-any-disk');
  if (wrongDisk || system.InstanceId !== server.InstanceId || system.readyAt > ctx.now) {
    return ctx.fail('InvalidParam.SystemSnapshotIdNotSupport');
  }

  const name = v.str('ImageName') ?? '';
  const raceName = ctx.dev('race-name');
  const raceQuota = ctx.dev('race-quota');
  if (nameTaken(ctx, name)) return ctx.fail('ImageNameAlreadyExist');
  const overQuota = quotaError(ctx);
  if (overQuota) {
    if (ctx.dev('quota-refusal-leaves-image')) insertImage(ctx, v, server.InstanceId, system.SnapshotId, dataId);
    return overQuota;
  }
  if (raceName || raceQuota) {
    await ctx.yieldFor(20);
    // Only the check whose race deviation is on is skipped after the yield.
    if (!raceName && nameTaken(ctx, name)) return ctx.fail('ImageNameAlreadyExist');
    const late = raceQuota ? undefined : quotaError(ctx);
    if (late) return late;
  }

  const image = insertImage(ctx, v, server.InstanceId, system.SnapshotId, dataId);
  const tags = image.Tags;
  const rules = ['swas.CreateCustomImage.response.schema', 'swas.CreateCustomImage.state.ImageListed', customImageQuota(ctx).rule];
  if (dataId) rules.push('swas.CreateCustomImage.state.DataSnapshotIncluded');
  if (tags.length) rules.push('swas.CreateCustomImage.state.TagsApplied');
  return ok({ ImageId: image.ImageId }, ...rules);
};
