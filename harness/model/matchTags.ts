import type { Tag } from './state.js';

/**
 * Whether a resource carrying `tags` passes a Tag filter: every requested tag must be on the
 * resource; a requested tag without a Value matches any value of its key. No filter matches all.
 */
export function matchTags(tags: readonly Tag[] | undefined, filter: readonly Partial<Tag>[] | undefined): boolean {
  if (!filter?.length) return true;
  const have = tags ?? [];
  return filter.every((want) => have.some((t) => t.Key === want.Key && (want.Value === undefined || t.Value === want.Value)));
}
