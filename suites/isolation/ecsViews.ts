import type { RuleTest } from '../../harness/index.js';
import { ANY_ECS_STATUS } from '../support/ecsImages.js';
import { listOf } from '../support/listOf.js';

/** The ImageOwnerAlias values a visibility rule reads, `none` standing for no alias (system + self + others). */
export const ALIASES = ['self', 'others', 'system', 'none'] as const;
export type Alias = (typeof ALIASES)[number];
export type Views = Record<Alias, Record<string, unknown>[]>;

/**
 * What DescribeImages lists for one account under each alias, filtered to one ImageId, in any
 * status: four calls. `region` sends another RegionId (the profile's secondRegion).
 */
export async function ecsViews(t: RuleTest, as: 'main' | 'peer', imageId: string, region?: string): Promise<Views> {
  const out = {} as Views;
  for (const alias of ALIASES) {
    const params = { ImageId: imageId, Status: ANY_ECS_STATUS, ...(alias !== 'none' && { ImageOwnerAlias: alias }), ...(region && { RegionId: region }) };
    const r = await t.call('ecs', 'DescribeImages', params, { as });
    out[alias] = listOf(r.body, 'Images', 'Image').filter((i) => i['ImageId'] === imageId);
  }
  return out;
}

/** The aliases under which the image is listed: `self, none`, or `nowhere`. */
export function listedUnder(v: Views): string {
  const where = ALIASES.filter((a) => v[a].length);
  return where.length ? `listed under ${where.join(', ')}` : 'listed nowhere';
}

/** The ImageOwnerAlias the items of a view carry. */
export const itemAliases = (items: Record<string, unknown>[]): string[] => [...new Set(items.map((i) => String(i['ImageOwnerAlias'])))];
