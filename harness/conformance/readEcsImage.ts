import type { RuleTest } from './RuleTest.js';

/** Every status DescribeImages documents: without them it lists Available images only. */
const ANY_STATUS = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';

/** One of the caller's own ECS images as DescribeImages lists it (Status, BootMode …), or undefined. */
export async function readEcsImage(t: RuleTest, imageId: string): Promise<Record<string, unknown> | undefined> {
  const r = await t.call('ecs', 'DescribeImages', { ImageId: imageId, ImageOwnerAlias: 'self', Status: ANY_STATUS });
  const images = (r.body?.['Images'] as { Image?: Record<string, unknown>[] } | undefined)?.Image ?? [];
  return images.find((i) => i['ImageId'] === imageId);
}
