import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { ANY_ECS_STATUS, ecsImages } from '../support/ecsImages.js';
import { settled } from '../support/settled.js';

const EVERYWHERE = 'swas.state.DeletedGoneEverywhere';
const BATCH = 'swas.DeleteCustomImages.state.ImagesGone';
const SINGLE = 'swas.DeleteCustomImage.state.ImageGone';

/** Deleted custom images (two in one DeleteCustomImages, one by DeleteCustomImage) are listed nowhere and cannot be deleted again. */
export function deletedGone(c: Conformance): void {
  c.rule([EVERYWHERE, BATCH, SINGLE], async (t) => {
    const made = [];
    for (let i = 0; i < 3; i++) {
      const image = await t.fx.customImage({ name: t.name('gone') });
      if (image) made.push(image.imageId);
    }
    try {
      const [a, b, single] = made;
      if (!a || !b || !single) return [EVERYWHERE, BATCH, SINGLE].forEach((id) => t.skip(id, 'three custom images could not be created and become available'));
      const batch = await t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([a, b]) });
      if (batch.status !== 200) return [EVERYWHERE, BATCH].forEach((id) => t.unknown(id, `DeleteCustomImages failed (${answerOf(batch)})`));
      const listed = await settled(t, () => customImages(t, [a, b]), (items) => items.length === 0);
      t.check(BATCH, listed.ok, 'ListCustomImages(ImageIds) lists none of the deleted images within the settle timeout', `still listed: ${listed.value.map((i) => String(i['ImageId'])).join(', ')}`);
      const inEcs = await ecsImages(t, { ImageId: a, Status: ANY_ECS_STATUS });
      const again = await t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([a]) });
      const notFound = again.status === 404 && again.body?.['Code'] === 'InvalidImageId.NotFound';
      t.check(EVERYWHERE, listed.ok && inEcs.length === 0 && notFound,
        'ListCustomImages lists it no more, DescribeImages finds it in no status, a second delete answers HTTP 404 InvalidImageId.NotFound',
        `${listed.value.length} listed, ${inEcs.length} found through ECS, second delete ${answerOf(again)}`, [again.exchange]);

      const one = await t.call('swas', 'DeleteCustomImage', { ImageId: single });
      if (one.status !== 200) return t.unknown(SINGLE, `DeleteCustomImage failed (${answerOf(one)})`);
      const gone = await settled(t, () => customImages(t, [single]), (items) => items.length === 0);
      t.check(SINGLE, gone.ok, 'ListCustomImages(ImageIds=[id]) lists it no more within the settle timeout', 'still listed');
    } finally {
      await dropCustomImages(t, made);
    }
  }, CREATES_RESOURCES);
}
