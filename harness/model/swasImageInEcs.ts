import { defaultBootMode, ECS_IMAGE_DEFAULTS } from './ecsImageDefaults.js';
import type { Account, CustomImage, EcsImage } from './state.js';

/**
 * The ECS view of a SWAS custom image shared to ECS (ModifyImageShareStatus Share), as
 * DescribeImages lists it. Nothing here is documented beyond "the image can be found through ECS
 * in the same region"; our readings: the same ImageId, name and description; Creating while the
 * SWAS image is being created, Available after; the size of the system snapshot's disk; the
 * attributes ECS_IMAGE_DEFAULTS gives an image built from snapshots; not deprecated, not shared,
 * no tags (SWAS tags are not ECS tags), used by no ECS instance. A fresh object: never stored.
 */
export function swasImageInEcs(owner: Account, image: CustomImage): EcsImage {
  const system = owner.snapshots.get(image.SystemSnapshotId);
  const size = (system && owner.disks.get(system.SourceDiskId)?.Size) ?? 0;
  return {
    ImageId: image.ImageId, ImageName: image.Name, Description: image.Description, ImageFamily: '',
    Status: 'Available', readyAt: image.readyAt,
    BootMode: defaultBootMode(ECS_IMAGE_DEFAULTS.Architecture), LicenseType: ECS_IMAGE_DEFAULTS.LicenseType,
    ImdsSupport: ECS_IMAGE_DEFAULTS.ImdsSupport, NvmeSupport: ECS_IMAGE_DEFAULTS.NvmeSupport,
    Architecture: ECS_IMAGE_DEFAULTS.Architecture, Platform: ECS_IMAGE_DEFAULTS.Platform, Size: size,
    RegionId: image.RegionId, CreationTime: image.CreationTime, SnapshotId: image.SystemSnapshotId,
    shares: new Map(), usedByInstance: false, Tags: [],
  };
}
