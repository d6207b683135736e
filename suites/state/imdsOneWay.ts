import { dropEcsImage, probeRefusal, readEcsImage, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';

const RULE = 'ecs.state.ImdsSupportOneWay';

/** Features.ImdsSupport goes from v1 to v2 but not back: v2 -> v1 is refused and the image keeps v2. */
export function imdsOneWay(c: Conformance): void {
  c.rule(RULE, async (t) => {
    const imageId = await t.fx.ecsImage({ name: t.name('imds') });
    if (!imageId) return t.skip(RULE, 'no ECS image could be created from the profile (resources.ecs) and become Available');
    try {
      const up = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, Features: { ImdsSupport: 'v2' } });
      if (up.status !== 200) return t.unknown(RULE, `Features.ImdsSupport=v2 failed (${answerOf(up)})`);
      await probeRefusal(t, RULE, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, Features: { ImdsSupport: 'v1' } });
      const imds = ((await readEcsImage(t, imageId))?.['Features'] as { ImdsSupport?: string } | undefined)?.ImdsSupport;
      t.check(RULE, imds === 'v2', 'DescribeImages still shows Features.ImdsSupport v2', `ImdsSupport ${String(imds)}`);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
