import type { RuleTest } from './RuleTest.js';
import { shareEcsImage } from './shareEcsImage.js';

/**
 * Deletes an ECS image a test created: first the accounts it is shared with (a shared image cannot
 * be deleted), then the image. Failures are left to the run's cleanup, which the ledger drives.
 */
export async function dropEcsImage(t: RuleTest, imageId: string | undefined): Promise<void> {
  if (!imageId) return;
  const shares = await t.call('ecs', 'DescribeImageSharePermission', { ImageId: imageId, PageSize: 100 });
  const accounts = ((shares.body?.['Accounts'] as { Account?: { AliyunId: string }[] } | undefined)?.Account ?? []).map((a) => a.AliyunId);
  if (accounts.length) await shareEcsImage(t, imageId, accounts, 'RemoveAccount');
  await t.call('ecs', 'DeleteImage', { ImageId: imageId });
}
