import { probeRefusal, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { ANY_ECS_STATUS, ecsImages } from '../support/ecsImages.js';
import { settled } from '../support/settled.js';

const BATCH = 'swas.state.ShareBeforeDelete';
const SINGLE = 'swas.state.ShareBeforeDeleteSingle';
const FLAG = 'swas.ModifyImageShareStatus.state.InShareFlag';
const IN_ECS = 'swas.state.ShareVisibleInEcs';
const OUT_OF_ECS = 'swas.state.UnshareRemovesFromEcs';
const ALL = [BATCH, SINGLE, FLAG, IN_ECS, OUT_OF_ECS];

/**
 * Sharing a custom image to ECS: InShare turns true, ECS DescribeImages finds it, deletes (batch
 * and single) are refused while it is shared; after UnShare InShare is false, ECS no longer finds
 * it and the delete succeeds. Observed states are given the settle timeout to appear.
 */
export function shareLifecycle(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const a = await t.fx.customImage({ name: t.name('share') });
    const b = a ? await t.fx.customImage({ name: t.name('share') }) : undefined;
    const ids = [a?.imageId, b?.imageId].filter((x): x is string => !!x);
    try {
      if (!a || !b) return ALL.forEach((id) => t.skip(id, 'two custom images could not be created and become available'));
      const share = async (imageId: string, Operation: 'Share' | 'UnShare') => t.call('swas', 'ModifyImageShareStatus', { ImageId: imageId, Operation });
      const shared = [await share(a.imageId, 'Share'), await share(b.imageId, 'Share')];
      if (shared.some((r) => r.status !== 200)) return ALL.forEach((id) => t.unknown(id, `Share failed (${shared.map(answerOf).join(', ')})`));
      const inShare = (want: boolean) => settled(t, () => customImages(t, [a.imageId]), (items) => items[0]?.['InShare'] === want);
      const inEcs = (want: number) => settled(t, () => ecsImages(t, { ImageId: a.imageId, ...(want ? {} : { Status: ANY_ECS_STATUS }) }), (items) => items.length === want);

      const on = await inShare(true);
      t.check(FLAG, on.ok, 'ListCustomImages shows InShare true after Share (within the settle timeout)', `InShare ${String(on.value[0]?.['InShare'])}`);
      const visible = await inEcs(1);
      t.check(IN_ECS, visible.ok, 'DescribeImages(ImageId) in the same region finds the shared image (within the settle timeout)', `${visible.value.length} images`);

      await probeRefusal(t, BATCH, 'swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([a.imageId]) });
      await probeRefusal(t, SINGLE, 'swas', 'DeleteCustomImage', { ImageId: b.imageId });
      const kept = (await customImages(t, [a.imageId]))[0];
      t.check(BATCH, kept?.['InShare'] === true, 'the refused image is still listed with InShare true', kept ? `InShare ${String(kept['InShare'])}` : 'not listed any more');
      if (!kept) return [FLAG, OUT_OF_ECS].forEach((id) => t.unknown(id, 'the shared image was deleted, so UnShare could not be observed'));

      const unshared = await share(a.imageId, 'UnShare');
      if (unshared.status !== 200) return [FLAG, OUT_OF_ECS].forEach((id) => t.unknown(id, `UnShare failed (${answerOf(unshared)})`));
      const off = await inShare(false);
      t.check(FLAG, off.ok, 'ListCustomImages shows InShare false after UnShare (within the settle timeout)', `InShare ${String(off.value[0]?.['InShare'])}`);
      const gone = await inEcs(0);
      t.check(OUT_OF_ECS, gone.ok, 'after UnShare DescribeImages(ImageId, any status) finds no image (within the settle timeout)', `${gone.value.length} images, status ${String(gone.value[0]?.['Status'])}`);
      const del = await t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([a.imageId]) });
      t.check(BATCH, del.status === 200, 'after UnShare the same delete succeeds', answerOf(del), [del.exchange]);
    } finally {
      await dropCustomImages(t, ids);
    }
  }, CREATES_RESOURCES);
}
