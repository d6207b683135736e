import { dropEcsImage, probeRefusal, readEcsImage, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsImages } from '../support/ecsImages.js';

const ROUND_TRIP = 'ecs.state.DeprecateAndRestore';
const NEEDS_AVAILABLE = 'ecs.state.DeprecateNeedsAvailable';
const NEEDS_DEPRECATED = 'ecs.state.RestoreNeedsDeprecated';
const DEFAULT_STATUS = 'ecs.DescribeImages.state.DefaultStatusAvailable';
const NOT_SHAREABLE = 'ecs.state.DeprecatedNotShareable';
const ALL = [ROUND_TRIP, NEEDS_AVAILABLE, NEEDS_DEPRECATED, DEFAULT_STATUS, NOT_SHAREABLE];

/**
 * Deprecate and restore an ECS image: restoring an Available image and deprecating a Deprecated
 * one are refused; a Deprecated image is listed only when its status is asked for and cannot be
 * shared; after restore the default query finds it again.
 */
export function deprecation(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const imageId = await t.fx.ecsImage({ name: t.name('deprecate') });
    if (!imageId) return ALL.forEach((id) => t.skip(id, 'no ECS image could be created from the profile (resources.ecs) and become Available'));
    const status = (Status: string) => t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, Status });
    const found = async (params: Record<string, string> = {}) => (await ecsImages(t, { ImageId: imageId, ...params })).some((i) => i['ImageId'] === imageId);
    try {
      await probeRefusal(t, NEEDS_DEPRECATED, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, Status: 'Available' });
      const deprecated = await status('Deprecated');
      const asDeprecated = await found({ Status: 'Deprecated' });
      const byDefault = await found();
      t.check(ROUND_TRIP, deprecated.status === 200 && asDeprecated, 'Status=Deprecated succeeds and DescribeImages(ImageId, Status=Deprecated) finds the image',
        `${answerOf(deprecated)}; found with Status=Deprecated: ${asDeprecated}`, [deprecated.exchange]);
      if (deprecated.status !== 200) return [NEEDS_AVAILABLE, DEFAULT_STATUS, NOT_SHAREABLE].forEach((id) => t.unknown(id, `the image could not be deprecated (${answerOf(deprecated)})`));
      t.check(DEFAULT_STATUS, !byDefault && asDeprecated, 'a Deprecated own image is absent from DescribeImages(ImageId) and present with Status=Deprecated',
        `default query finds it: ${byDefault}; Status=Deprecated finds it: ${asDeprecated}`);
      await probeRefusal(t, NEEDS_AVAILABLE, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, Status: 'Deprecated' });
      const account = t.profile.shareAccounts?.[0];
      if (account) await probeRefusal(t, NOT_SHAREABLE, 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [account] });
      else t.skip(NOT_SHAREABLE, 'the profile names no share account (shareAccounts)');
      const restored = await status('Available');
      const back = await found();
      const now = (await readEcsImage(t, imageId))?.['Status'];
      t.check(ROUND_TRIP, restored.status === 200 && back, 'Status=Available restores it: the default DescribeImages(ImageId) finds it again',
        `${answerOf(restored)}; found by default: ${back}; status ${String(now)}`, [restored.exchange]);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
