import { call } from '../emulator/callEmulator.js';

/** Every custom image, snapshot and own ECS image an emulator holds, by id, sorted. */
export async function ownResources(url: string): Promise<string[]> {
  const images = await call(url, 'swas', 'ListCustomImages', { PageSize: 100 });
  const snapshots = await call(url, 'swas', 'ListSnapshots', { PageSize: 100 });
  const ecs = await call(url, 'ecs', 'DescribeImages', { ImageOwnerAlias: 'self', PageSize: 100, Status: 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated' });
  return [
    ...(images.body['CustomImages'] as { ImageId: string }[]).map((i) => i.ImageId),
    ...(snapshots.body['Snapshots'] as { SnapshotId: string }[]).map((i) => i.SnapshotId),
    ...((ecs.body['Images'] as { Image: { ImageId: string }[] }).Image).map((i) => i.ImageId),
  ].sort();
}
