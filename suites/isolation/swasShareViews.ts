import type { RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { ANY_ECS_STATUS, ecsImages } from '../support/ecsImages.js';
import { settled } from '../support/settled.js';
import { ecsViews, listedUnder } from './ecsViews.js';
import { imageListed, imageState } from './swasLists.js';

export const FLAGS = 'swas.isolation.InShareMatchesEcs';
export const OWNER_ONLY = 'swas.isolation.EcsShareOwnerOnly';
export const OWN_REGION = 'swas.isolation.EcsShareInOwnRegion';

const inEcs = (t: RuleTest, imageId: string, region?: string) => ecsImages(t, { ImageId: imageId, Status: ANY_ECS_STATUS, ...(region && { RegionId: region }) });
const flags = (i: Record<string, unknown> | undefined) => `${imageState(i)}, InShareUser ${String(i?.['InShareUser'])}`;

/**
 * The owner's custom image shared to ECS and back: ListCustomImages' InShare and InShareUser agree
 * with what the owner's DescribeImages finds under the ImageId, before and after Share; while
 * shared, the peer does not find it and the second region does not show it. Ends unshared.
 * Returns whether the image was shared and unshared as asked.
 */
export async function swasShareViews(t: RuleTest, imageId: string, region: string | undefined, peer: boolean): Promise<boolean> {
  const before = await imageListed(t, imageId);
  const none = (await inEcs(t, imageId)).length;
  t.check(FLAGS, before?.['InShare'] === false && before['InShareUser'] !== true && none === 0,
    'before Share: InShare false, InShareUser not true, and DescribeImages(ImageId) finds no image', `${flags(before)}; DescribeImages finds ${none}`);

  const share = await t.call('swas', 'ModifyImageShareStatus', { ImageId: imageId, Operation: 'Share' });
  if (share.status !== 200) {
    for (const id of [FLAGS, OWNER_ONLY, OWN_REGION]) t.unknown(id, `Share failed (${answerOf(share)})`);
    return false;
  }
  const on = await settled(t, async () => ({ item: await imageListed(t, imageId), ecs: (await inEcs(t, imageId)).length }), (v) => v.item?.['InShare'] === true && v.ecs === 1);
  t.check(FLAGS, on.ok && on.value.item?.['InShareUser'] !== true, 'after Share (within the settle timeout): InShare true, InShareUser not true, and DescribeImages(ImageId) finds the image',
    `${flags(on.value.item)}; DescribeImages finds ${on.value.ecs}`);

  const why = 'the owner does not find the shared image in ECS under its ImageId (swas.isolation.InShareMatchesEcs), so its absence elsewhere proves nothing';
  if (!on.ok || on.value.ecs !== 1) [OWNER_ONLY, OWN_REGION].forEach((id) => t.skip(id, why));
  else {
    if (peer) {
      const v = await ecsViews(t, 'peer', imageId);
      t.check(OWNER_ONLY, !v.self.length && !v.others.length && !v.system.length && !v.none.length, "while the owner finds it, the peer's DescribeImages(ImageId) lists the shared image under no alias", listedUnder(v));
    }
    if (region) {
      const elsewhere = (await inEcs(t, imageId, region)).length;
      t.check(OWN_REGION, elsewhere === 0, `while the owner finds it in its own region, DescribeImages(ImageId) with RegionId ${region} finds no image`, `${elsewhere} images`);
    }
  }
  const unshare = await t.call('swas', 'ModifyImageShareStatus', { ImageId: imageId, Operation: 'UnShare' });
  const off = await settled(t, () => imageListed(t, imageId), (i) => i?.['InShare'] === false);
  return unshare.status === 200 && off.ok;
}
