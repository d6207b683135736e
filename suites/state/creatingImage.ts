import { dropEcsImage, readEcsImage, type CallResult, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsSource } from '../support/ecsSource.js';
import { settled } from '../support/settled.js';

const LIFECYCLE = 'ecs.CreateImage.state.CreatingToAvailable';
const LOCKED = 'ecs.state.CreatingNotModifiable';
const TRIES = 3;

/**
 * A new ECS image is listed at once as Creating (or already Available) and becomes Available;
 * while it is Creating, ModifyImageAttribute is refused. The modify follows the create at once; a
 * modify that succeeds is a failure only when a read after it still shows Creating (the status
 * only moves forward, so the image was Creating when it was changed). An image that is Available
 * too soon to tell is replaced by a new one, a few times.
 */
export function creatingImage(c: Conformance): void {
  c.rule([LIFECYCLE, LOCKED], async (t) => {
    const source = ecsSource(t);
    if (!source) return [LIFECYCLE, LOCKED].forEach((id) => t.skip(id, 'the profile names no ECS snapshot or instance to create images from (resources.ecs)'));
    const made: string[] = [];
    try {
      let first: Record<string, unknown> | undefined;
      let modify: CallResult | undefined;
      for (let n = 0; n < TRIES && (!modify || (modify.status === 200 && first?.['Status'] !== 'Creating')); n++) {
        const created = await t.call('ecs', 'CreateImage', { ...source, ImageName: t.name('creating') });
        const imageId = created.status === 200 && typeof created.body?.['ImageId'] === 'string' ? created.body['ImageId'] : undefined;
        if (!imageId) return [LIFECYCLE, LOCKED].forEach((id) => t.unknown(id, `CreateImage failed (${answerOf(created)})`));
        made.push(imageId);
        modify = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, Description: 'acs-conformance while creating' }, { retry: false });
        first = await readEcsImage(t, imageId);
      }
      const imageId = made[made.length - 1]!;
      if (modify && modify.status !== 200) await t.expectAnswer(LOCKED, modify);
      else if (first?.['Status'] === 'Creating') {
        t.check(LOCKED, false, 'HTTP 403 InvalidStatus.ImageIsCreating while the image is Creating', 'HTTP 200, and DescribeImages still showed Creating after the call', modify && [modify.exchange]);
      } else t.unknown(LOCKED, `in ${TRIES} tries the image was ${String(first?.['Status'])} by the time the accepted call could be checked: it was not caught while Creating`);

      const ready = await settled(t, () => readEcsImage(t, imageId), (image) => image?.['Status'] === 'Available');
      const started = first !== undefined && ['Creating', 'Available'].includes(String(first['Status'])) && first['ImageOwnerAlias'] === 'self';
      if (!ready.ok && started) return t.unknown(LIFECYCLE, `still ${String(ready.value?.['Status'])} after the settle timeout`);
      t.check(LIFECYCLE, started && ready.ok, 'listed at once (Status=Creating,Available, self) as Creating or Available, owner alias self; Available within the settle timeout',
        first ? `first ${String(first['Status'])} (alias ${String(first['ImageOwnerAlias'])}), then ${String(ready.value?.['Status'])}` : 'not listed after CreateImage');
    } finally {
      for (const id of made) {
        await t.until(() => readEcsImage(t, id), (image) => image?.['Status'] !== 'Creating');
        await dropEcsImage(t, id);
      }
    }
  }, CREATES_RESOURCES);
}
