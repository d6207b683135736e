import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';

const RULE = 'swas.ModifyImageShareStatus.idempotence.ClientTokenReplay';

/** ModifyImageShareStatus Share repeated with its ClientToken succeeds again and leaves the image shared. */
export function shareToken(c: Conformance): void {
  c.rule(RULE, async (t) => {
    const image = await t.fx.customImage({ name: t.name('token') });
    if (!image) return t.skip(RULE, 'no custom image could be created and become available');
    try {
      const params = { ImageId: image.imageId, Operation: 'Share', ClientToken: clientToken() };
      const first = await t.call('swas', 'ModifyImageShareStatus', params, { retry: false });
      if (first.status !== 200) return t.unknown(RULE, `the first Share failed (${answerOf(first)})`);
      const again = await t.call('swas', 'ModifyImageShareStatus', params, { retry: false });
      await t.expectAnswer(RULE, again);
      const inShare = (await customImages(t, [image.imageId]))[0]?.['InShare'];
      t.check(RULE, inShare === true, 'after the replay InShare is still true, as the first call set it', `InShare ${String(inShare)}`);
    } finally {
      await dropCustomImages(t, [image.imageId]);
    }
  }, CREATES_RESOURCES);
}
