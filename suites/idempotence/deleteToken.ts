import { watchRefusal, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';

const RULE = 'swas.DeleteCustomImages.idempotence.ClientTokenReplay';
const MISMATCH = 'swas.DeleteCustomImages.idempotence.ClientTokenMismatch';
const SINGLE = 'swas.DeleteCustomImage.idempotence.ClientTokenReplay';
const SINGLE_MISMATCH = 'swas.DeleteCustomImage.idempotence.ClientTokenMismatch';
const ALL = [RULE, MISMATCH, SINGLE, SINGLE_MISMATCH];

/**
 * The two delete operations with a ClientToken, on two images A and B of this test: the batch
 * delete of [A] repeated with its token succeeds again; the token with [B] is refused and B stays
 * (watched: RefusalChangesNothing); the single delete of B repeated with its token succeeds again,
 * and that token with A (gone by then) is refused.
 */
export function deleteToken(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const a = await t.fx.customImage({ name: t.name('token') });
    const b = a && await t.fx.customImage({ name: t.name('token') });
    if (!a || !b) {
      await dropCustomImages(t, a ? [a.imageId] : []);
      return ALL.forEach((id) => t.skip(id, 'needs two custom images of its own, and they could not be created and become available'));
    }
    const send = (action: string, params: Record<string, string>) => t.call('swas', action, params, { retry: false });
    try {
      const batch = { ImageIds: JSON.stringify([a.imageId]), ClientToken: clientToken() };
      const first = await send('DeleteCustomImages', batch);
      if (first.status !== 200) return ALL.forEach((id) => t.unknown(id, `the first delete failed (${answerOf(first)})`));
      await t.expectAnswer(RULE, await send('DeleteCustomImages', batch));
      const other = { ...batch, ImageIds: JSON.stringify([b.imageId]) };
      await t.expectAnswer(MISMATCH, await watchRefusal(t, 'swas', 'DeleteCustomImages', other, () => send('DeleteCustomImages', other)));

      const single = { ImageId: b.imageId, ClientToken: clientToken() };
      const once = await send('DeleteCustomImage', single);
      if (once.status !== 200) return [SINGLE, SINGLE_MISMATCH].forEach((id) => t.unknown(id, `the first DeleteCustomImage failed (${answerOf(once)})`));
      await t.expectAnswer(SINGLE, await send('DeleteCustomImage', single));
      await t.expectAnswer(SINGLE_MISMATCH, await send('DeleteCustomImage', { ...single, ImageId: a.imageId }));
    } finally {
      await dropCustomImages(t, [a.imageId, b.imageId]);
    }
  }, CREATES_RESOURCES);
}
