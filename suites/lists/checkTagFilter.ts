import type { RuleTest } from '../../harness/index.js';
import { checkFilter } from './checkFilter.js';
import type { Listing } from './listAll.js';
import type { ListKind } from './listKinds.js';

export type Tag = { Key: string; Value: string };
const byText = (a: Tag, b: Tag) => (`${a.Key}\u0000${a.Value}` < `${b.Key}\u0000${b.Value}` ? -1 : 1);

/**
 * The Tag filter, both ways: the first tag the listed items carry (in key order) lists exactly the
 * items carrying it; the same key with a value no item carries lists none (a filter that matched
 * on the key alone would list them). Without any tagged item, only the second case, on a key of
 * the run's own.
 */
export async function checkTagFilter(t: RuleTest, kind: ListKind, ruleId: string, all: Listing, tagsOf: (item: Listing['items'][number]) => Tag[]): Promise<void> {
  const carried = all.items.flatMap(tagsOf).sort(byText);
  const hit = carried.find((x) => x.Value);
  const has = (tag: Tag) => (item: Listing['items'][number]) => tagsOf(item).some((x) => x.Key === tag.Key && x.Value === tag.Value);
  if (hit) await checkFilter(t, kind, ruleId, all, { Tag: [{ Key: hit.Key, Value: hit.Value }] }, has(hit));
  const key = hit?.Key ?? `${t.namePrefix}-key`;
  let value = `${hit?.Value ?? t.namePrefix}-none`;
  while (carried.some((x) => x.Key === key && x.Value === value)) value += 'x';
  await checkFilter(t, kind, ruleId, all, { Tag: [{ Key: key, Value: value }] }, () => false);
}

/** The tags of a SWAS list item (Tags: [{Key, Value}]). */
export const swasTags = (item: Record<string, unknown>): Tag[] =>
  (Array.isArray(item['Tags']) ? (item['Tags'] as Tag[]) : []).filter((x) => typeof x?.Key === 'string').map((x) => ({ Key: x.Key, Value: String(x.Value ?? '') }));

/** The tags of a DescribeImages item (Tags.Tag: [{TagKey, TagValue}]). */
export const ecsTags = (item: Record<string, unknown>): Tag[] => {
  const list = (item['Tags'] as { Tag?: { TagKey?: string; TagValue?: string }[] } | undefined)?.Tag ?? [];
  return list.filter((x) => typeof x?.TagKey === 'string').map((x) => ({ Key: x.TagKey!, Value: x.TagValue ?? '' }));
};
