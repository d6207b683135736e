import type { ParamValue, RuleTest } from '../../harness/index.js';
import { listOf } from './listOf.js';

/** Every image status DescribeImages documents (without Status it lists Available images only). */
export const ANY_ECS_STATUS = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';

/** The Images.Image items of one DescribeImages call. */
export async function ecsImages(t: RuleTest, params: Record<string, ParamValue>): Promise<Record<string, unknown>[]> {
  const r = await t.call('ecs', 'DescribeImages', { PageSize: 100, ...params });
  return listOf(r.body, 'Images', 'Image');
}
