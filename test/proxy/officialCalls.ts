import { SEED } from '../../harness/model/seed.js';
import { ecsModels as E, officialEcsClient, officialSwasClient, swasModels as S } from '../../harness/sdk/officialClients.js';
import { MAIN } from './proxyKit.js';

/** Every operation in scope through the official clients, each answered 200. */
export async function allOperations(url: string, v2: boolean): Promise<void> {
  const o = { ...MAIN, regionId: SEED.region, endpoint: url, v2 };
  const swas = officialSwasClient(o);
  const ecs = officialEcsClient(o);
  const regionId = SEED.region;
  const token = () => `tok-${Math.random().toString(36).slice(2)}`;
  await swas.listInstances(new S.ListInstancesRequest({ regionId, pageSize: 10 }));
  await swas.listDisks(new S.ListDisksRequest({ regionId, instanceId: SEED.main.servers[1] }));
  const snap = await swas.createSnapshot(new S.CreateSnapshotRequest({ regionId, diskId: `d-${SEED.main.servers[1].slice(-10)}sys`, snapshotName: 'sdk-snapshot', clientToken: token() }));
  await swas.listSnapshots(new S.ListSnapshotsRequest({ regionId, snapshotIds: JSON.stringify([snap.body!.snapshotId]) }));
  const images: string[] = [];
  for (const name of ['sdk-image-a', 'sdk-image-b']) {
    const created = await swas.createCustomImage(new S.CreateCustomImageRequest({
      regionId, instanceId: SEED.main.servers[0], systemSnapshotId: 's-seed00000000sys1', imageName: name, description: 'through the proxy', clientToken: token(),
      tag: [new S.CreateCustomImageRequestTag({ key: 'purpose', value: 'proxy' })],
    }));
    images.push(created.body!.imageId!);
  }
  await swas.listCustomImages(new S.ListCustomImagesRequest({ regionId, imageIds: JSON.stringify(images), pageSize: 10 }));
  await swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId, imageId: images[0], operation: 'Share' }));
  await swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId, imageId: images[0], operation: 'UnShare' }));
  await swas.deleteCustomImage(new S.DeleteCustomImageRequest({ regionId, imageId: images[0] }));
  await swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId, imageIds: JSON.stringify([images[1]]) }));
  await swas.deleteSnapshot(new S.DeleteSnapshotRequest({ regionId, snapshotId: snap.body!.snapshotId }));

  const image = await ecs.createImage(new E.CreateImageRequest({ regionId, snapshotId: SEED.main.ecsSnapshot, imageName: 'sdk-ecs-image', clientToken: token(), tag: [new E.CreateImageRequestTag({ key: 'purpose', value: 'proxy' })] }));
  const imageId = image.body!.imageId!;
  await new Promise((r) => setTimeout(r, 10));
  await ecs.describeImages(new E.DescribeImagesRequest({ regionId, imageId, pageSize: 10 }));
  await ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId, imageId, addAccount: [SEED.shareTargets[0]!, SEED.shareTargets[1]!] }));
  await ecs.describeImageSharePermission(new E.DescribeImageSharePermissionRequest({ regionId, imageId, pageNumber: 1, pageSize: 10 }));
  await ecs.modifyImageAttribute(new E.ModifyImageAttributeRequest({ regionId, imageId, description: 'described through the proxy', features: new E.ModifyImageAttributeRequestFeatures({ imdsSupport: 'v2' }) }));
  await ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId, imageId, removeAccount: [SEED.shareTargets[0]!, SEED.shareTargets[1]!] }));
  await ecs.deleteImage(new E.DeleteImageRequest({ regionId, imageId }));
}
