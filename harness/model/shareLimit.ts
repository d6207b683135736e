import type { OpContext } from './OpContext.js';

/** The documented most accounts one ECS image can be shared with (ecs.quota.ShareAccountsPerImage). */
export const SHARE_ACCOUNTS_PER_IMAGE = 50;

/** The limit the model enforces: none under share-limit-off, 51 under share-limit-off-by-one. */
export function shareLimit(ctx: OpContext): number {
  if (ctx.dev('share-limit-off')) return Number.POSITIVE_INFINITY;
  return SHARE_ACCOUNTS_PER_IMAGE + (ctx.dev('share-limit-off-by-one') ? 1 : 0);
}

/** Whether sharing `image` with `add` after removing `remove` would exceed `limit`. */
export function overShareLimit(shares: ReadonlyMap<string, string>, add: readonly string[], remove: readonly string[], limit: number): boolean {
  const after = new Set([...shares.keys()].filter((a) => !remove.includes(a)));
  const before = after.size;
  for (const a of add) after.add(a);
  return after.size > before && after.size > limit;
}
