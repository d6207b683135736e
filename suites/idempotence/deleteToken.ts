import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';

const RULE = 'swas.DeleteCustomImages.idempotence.ClientTokenReplay';

/** DeleteCustomImages repeated with its ClientToken succeeds again instead of answering InvalidImageId.NotFound. */
export function deleteToken(c: Conformance): void {
  c.rule(RULE, async (t) => {
    const image = await t.fx.customImage({ name: t.name('token') });
    if (!image) return t.skip(RULE, 'no custom image could be created and become available');
    try {
      const params = { ImageIds: JSON.stringify([image.imageId]), ClientToken: clientToken() };
      const first = await t.call('swas', 'DeleteCustomImages', params, { retry: false });
      if (first.status !== 200) return t.unknown(RULE, `the first delete failed (${answerOf(first)})`);
      await t.expectAnswer(RULE, await t.call('swas', 'DeleteCustomImages', params, { retry: false }));
    } finally {
      await dropCustomImages(t, [image.imageId]);
    }
  }, CREATES_RESOURCES);
}
