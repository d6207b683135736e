import { swasModels as S, UNKNOWN_IDS, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { imageSource } from '../support/imageSource.js';
import { officialPair } from './officialPair.js';
import { sdkRefusal } from './sdkRefusal.js';

const LISTED = 'swas.CreateCustomImage.state.ImageListed';
const FLAG = 'swas.ModifyImageShareStatus.state.InShareFlag';
const GONE = 'swas.DeleteCustomImages.state.ImagesGone';
const IN_SHARE = 'swas.DeleteCustomImages.error.CustomImageInShare';
const ILLEGAL = 'swas.ModifyImageShareStatus.error.InvalidParam.OperationIllegal';
const ERRORS = ['swas.CreateCustomImage.error.InvalidInstanceId.NotFound', 'swas.DeleteCustomImages.error.InvalidImageId.NotFound', 'swas.ModifyImageShareStatus.error.InvalidImageId.NotFound'];

/**
 * The official SWAS client creates, shares, unshares and deletes a custom image (each step read back
 * through ListCustomImages), and its errors carry the documented code and status.
 */
export function sdkCustomImage(c: Conformance): void {
  c.rule([LISTED, FLAG, GONE, IN_SHARE, ILLEGAL, ...ERRORS], async (t) => {
    const { swas, regionId } = await officialPair(t);
    const [missingServer, missingImage, unknownImage] = ERRORS as [string, string, string];
    await sdkRefusal(t, missingServer, swas.createCustomImage(new S.CreateCustomImageRequest({ regionId, instanceId: UNKNOWN_IDS.swasServer, systemSnapshotId: UNKNOWN_IDS.swasSnapshot, imageName: t.name('sdk') })));
    await sdkRefusal(t, missingImage, swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId, imageIds: JSON.stringify([UNKNOWN_IDS.swasImage]) })));
    await sdkRefusal(t, unknownImage, swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId, imageId: UNKNOWN_IDS.swasImage, operation: 'Share' })));

    const source = await imageSource(t);
    if (!source) return [LISTED, FLAG, GONE, IN_SHARE, ILLEGAL].forEach((id) => t.skip(id, 'the main account has no usable server with a system snapshot'));
    const name = t.name('sdk');
    const created = await swas.createCustomImage(new S.CreateCustomImageRequest({ regionId, instanceId: source.instanceId, systemSnapshotId: source.snapshotId, imageName: name }));
    const imageId = created.body?.imageId;
    if (!imageId) return [LISTED, FLAG, GONE, IN_SHARE, ILLEGAL].forEach((id) => t.unknown(id, 'the SDK create answered no ImageId'));
    let deleted = false;
    try {
      const ready = await t.until(() => customImages(t, [imageId]), (items) => items[0]?.['Status'] === '1');
      const item = (ready ?? (await customImages(t, [imageId])))[0];
      t.check(LISTED, item?.['Name'] === name && item?.['InstanceId'] === source.instanceId && ready !== undefined,
        'the image the SDK created is listed with its name and server and becomes available', item ? `Name ${String(item['Name'])}, Status ${String(item['Status'])}` : 'not listed');
      const share = (operation: string) => swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId, imageId, operation }));
      await sdkRefusal(t, ILLEGAL, share('share'));
      await share('Share');
      const shared = (await customImages(t, [imageId]))[0]?.['InShare'];
      await sdkRefusal(t, IN_SHARE, swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId, imageIds: JSON.stringify([imageId]) })));
      await share('UnShare');
      const unshared = (await customImages(t, [imageId]))[0]?.['InShare'];
      t.check(FLAG, shared === true && unshared === false, 'InShare true after the SDK shared it, false after it unshared it', `InShare ${String(shared)}, then ${String(unshared)}`);
      await swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId, imageIds: JSON.stringify([imageId]) }));
      deleted = true;
      const left = await customImages(t, [imageId]);
      t.check(GONE, left.length === 0, 'after the SDK deleted it ListCustomImages lists it no more', 'still listed');
    } finally {
      if (!deleted) await dropCustomImages(t, [imageId]);
    }
  }, CREATES_RESOURCES);
}
