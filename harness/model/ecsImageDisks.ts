import type { EcsImage, EcsImageDisk } from './state.js';

/** The disks of an ECS image: those CreateImage recorded, else one system disk from SnapshotId. */
export function ecsImageDisks(image: EcsImage): EcsImageDisk[] {
  return image.disks ?? [{ SnapshotId: image.SnapshotId, Size: image.Size, Device: '/dev/xvda', Type: 'system' }];
}
