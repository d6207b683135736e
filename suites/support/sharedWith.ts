import type { RuleTest } from '../../harness/index.js';
import { listOf } from './listOf.js';
import { totalCount } from './totalCount.js';

/** The accounts DescribeImageSharePermission lists for an image (first 100) and its TotalCount. */
export async function sharedWith(t: RuleTest, imageId: string): Promise<{ accounts: string[]; total: number }> {
  const r = await t.call('ecs', 'DescribeImageSharePermission', { ImageId: imageId, PageSize: 100 });
  return { accounts: listOf<{ AliyunId: string }>(r.body, 'Accounts', 'Account').map((a) => String(a.AliyunId)), total: totalCount(r.body) };
}
