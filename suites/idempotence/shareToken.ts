import { watchRefusal, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { settled } from '../support/settled.js';

const RULE = 'swas.ModifyImageShareStatus.idempotence.ClientTokenReplay';
const MISMATCH = 'swas.ModifyImageShareStatus.idempotence.ClientTokenMismatch';
const REPLAY = 'swas.ModifyImageShareStatus.idempotence.ReplayNotReapplied';

/**
 * ModifyImageShareStatus Share repeated with its ClientToken succeeds again and leaves the image
 * shared; the token with Operation=UnShare is refused (and unshares nothing); after an UnShare with
 * another token, the Share sent again with the first token does not share the image again.
 */
export function shareToken(c: Conformance): void {
  c.rule([RULE, MISMATCH, REPLAY], async (t) => {
    const image = await t.fx.customImage({ name: t.name('token') });
    if (!image) return [RULE, MISMATCH, REPLAY].forEach((id) => t.skip(id, 'no custom image could be created and become available'));
    const inShare = async () => (await customImages(t, [image.imageId]))[0]?.['InShare'];
    try {
      const params = { ImageId: image.imageId, Operation: 'Share', ClientToken: clientToken() };
      const first = await t.call('swas', 'ModifyImageShareStatus', params, { retry: false });
      if (first.status !== 200) return [RULE, MISMATCH, REPLAY].forEach((id) => t.unknown(id, `the first Share failed (${answerOf(first)})`));
      const again = await t.call('swas', 'ModifyImageShareStatus', params, { retry: false });
      await t.expectAnswer(RULE, again);
      const shared = await inShare();
      t.check(RULE, shared === true, 'after the replay InShare is still true, as the first call set it', `InShare ${String(shared)}`);

      const other = { ...params, Operation: 'UnShare' };
      await t.expectAnswer(MISMATCH, await watchRefusal(t, 'swas', 'ModifyImageShareStatus', other,
        () => t.call('swas', 'ModifyImageShareStatus', other, { retry: false })));

      const unshared = await t.call('swas', 'ModifyImageShareStatus', { ImageId: image.imageId, Operation: 'UnShare', ClientToken: clientToken() }, { retry: false });
      if (unshared.status !== 200) return t.unknown(REPLAY, `UnShare with another token failed (${answerOf(unshared)})`);
      const replay = await t.call('swas', 'ModifyImageShareStatus', params, { retry: false });
      const now = await settled(t, inShare, (v) => v === false);
      t.check(REPLAY, now.ok, 'after UnShare with another token, the Share sent again with the first token leaves InShare false (within the settle timeout)',
        `replay ${answerOf(replay)}; InShare ${String(now.value)}`);
    } finally {
      await dropCustomImages(t, [image.imageId]);
    }
  }, CREATES_RESOURCES);
}
