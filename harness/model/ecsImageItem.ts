import { osTypeOf } from './osTypeOf.js';
import { ecsImageDisks } from './ecsImageDisks.js';
import { ecsImageStatus } from './ecsImageStatus.js';
import type { VisibleImage } from './ecsVisibleImages.js';

/**
 * One item of DescribeImages' Images.Image[], with the fields of the response schema the model
 * can fill honestly. Our readings where the docs are silent: Progress "50%" while Creating and
 * "100%" after (as for SWAS snapshots); every custom image supports I/O optimised instances and
 * cloud-init; Usage "instance" when instances were created from the caller's own image, "none"
 * otherwise; ImageOwnerId only when the model knows the owner; tags only on the caller's own
 * images (tags belong to the owner); IsSelfShared "true" when the caller's own image is shared
 * with accounts; the OS names are the platform's; no image allows non-root login. Not reported:
 * ProductCode, SupplierName, DetectionOptions and the other marketplace / import / copy fields.
 */
export function ecsImageItem({ image, alias, ownerId }: VisibleImage, now: number): Record<string, unknown> {
  const status = ecsImageStatus(image, now);
  const progress = status === 'Creating' ? '50%' : '100%';
  return {
    ImageId: image.ImageId,
    ImageName: image.ImageName,
    ImageFamily: image.ImageFamily,
    ImageVersion: image.ImageVersion ?? '',
    Description: image.Description,
    Status: status,
    ImageOwnerAlias: alias,
    ...(ownerId ? { ImageOwnerId: Number(ownerId) } : {}),
    IsPublic: false,
    // Whether the owner shared it with accounts; a string on the wire, as the metadata types it.
    IsSelfShared: String(alias === 'self' && image.shares.size > 0),
    IsCopied: false,
    IsSubscribed: false,
    Usage: alias === 'self' && image.usedByInstance ? 'instance' : 'none',
    Size: image.Size,
    Progress: progress,
    CreationTime: image.CreationTime,
    OSType: osTypeOf(image.Platform),
    OSName: image.Platform ?? '',
    OSNameEn: image.Platform ?? '',
    LoginAsNonRootSupported: false,
    Platform: image.Platform ?? '',
    Architecture: image.Architecture,
    BootMode: image.BootMode,
    IsSupportIoOptimized: true,
    IsSupportCloudinit: true,
    ResourceGroupId: image.ResourceGroupId ?? '',
    LicenseType: image.LicenseType,
    Features: { ImdsSupport: image.ImdsSupport, NvmeSupport: image.NvmeSupport },
    DiskDeviceMappings: {
      DiskDeviceMapping: ecsImageDisks(image).map((d) => ({
        SnapshotId: d.SnapshotId, Size: String(d.Size), Device: d.Device, Type: d.Type, Format: '', Progress: progress,
      })),
    },
    Tags: { Tag: alias === 'self' ? image.Tags.map((t) => ({ TagKey: t.Key, TagValue: t.Value })) : [] },
  };
}
