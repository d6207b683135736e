import { customImageStatus } from './customImageStatus.js';
import type { OpContext } from './OpContext.js';
import type { CustomImage } from './state.js';

/**
 * The InShare flag ListCustomImages shows: the real one; under in-share-stuck "ever shared";
 * under reshare-flag-lost false from the second Share on.
 */
export const shownInShare = (ctx: OpContext, image: CustomImage): boolean =>
  (image.InShare && !(ctx.dev('reshare-flag-lost') && (image.shareCount ?? 0) > 1)) || (ctx.dev('in-share-stuck') && image.everShared === true);

/**
 * One item of ListCustomImages, with the fields of the response schema the model can fill
 * honestly: names of the server and snapshots as they are now ('' once deleted), the sizes of the
 * snapshots' source disks, the owner's id. Not filled: OsType and SourceImage* (the model does not
 * know the server's operating system). InShareUser is always false: the model has no
 * cross-account sharing of SWAS images, and no server is ever created from an image.
 */
export function customImageItem(ctx: OpContext, image: CustomImage): Record<string, unknown> {
  const { servers, snapshots, disks } = ctx.account;
  const system = snapshots.get(image.SystemSnapshotId);
  const data = image.DataSnapshotId ? snapshots.get(image.DataSnapshotId) : undefined;
  const sizeOf = (diskId: string | undefined) => (diskId ? disks.get(diskId)?.Size ?? 0 : 0);
  const name = ctx.dev('name-field-renamed') ? { ImageName: image.Name } : { Name: image.Name };
  return {
    ImageId: image.ImageId,
    ...name,
    Description: image.Description,
    Status: customImageStatus(image, ctx.now),
    InShare: shownInShare(ctx, image),
    InShareUser: ctx.dev('in-share-user-follows-ecs') ? shownInShare(ctx, image) : false,
    CreationTime: ctx.dev('swas-time-format') ? image.CreationTime.replace('T', ' ').replace('Z', '') : image.CreationTime,
    InstanceId: image.InstanceId,
    InstanceName: servers.get(image.InstanceId)?.InstanceName ?? '',
    SystemSnapshotId: image.SystemSnapshotId,
    SystemSnapshotName: system?.SnapshotName ?? '',
    DataSnapshotId: image.DataSnapshotId,
    DataSnapshotName: data?.SnapshotName ?? '',
    RegionId: image.RegionId,
    ResourceGroupId: image.ResourceGroupId,
    RequiredSystemDiskSize: sizeOf(system?.SourceDiskId),
    RequiredDataDiskSize: sizeOf(data?.SourceDiskId),
    CreateInstances: [],
    UserId: Number(ctx.account.id),
    Tags: image.Tags.map((t) => ({ Key: t.Key, Value: t.Value })),
  };
}
