import { isThrottled, type ParamValue, type RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { idOf, listAll, type Item, type Listing } from './listAll.js';
import type { ListKind } from './listKinds.js';

/**
 * The documented meaning of one filter value for an item of the unfiltered list: true, it must
 * be listed; false, it must not; 'open', the docs leave it open (a fuzzy match, a case), not judged.
 */
export type Meaning = (item: Item) => boolean | 'open';

const short = (ids: string[]) => (ids.length > 4 ? `${ids.slice(0, 4).join(', ')} … (${ids.length})` : ids.join(', ') || 'none');
const shown = (params: Record<string, ParamValue>) => Object.entries(params).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');

/**
 * A metamorphic check of one filter value: the filtered list (every page) must be the unfiltered
 * list `all` reduced by the filter's documented meaning. It lists no item the unfiltered list
 * lacks, every item the meaning admits, none it excludes. Read `all` right before, with no change
 * in between.
 */
export async function checkFilter(t: RuleTest, kind: ListKind, ruleId: string, all: Listing, params: Record<string, ParamValue>, meaning: Meaning): Promise<void> {
  const got = await listAll(t, kind, params);
  const what = `${kind.action}(${shown(params)})`;
  if (got.refused) {
    if (isThrottled(got.refused)) return t.unknown(ruleId, `${what} was throttled; not a filter verdict`);
    return void t.check(ruleId, false, `${what} lists the matching ${kind.noun}`, answerOf(got.refused), got.exchanges);
  }
  const listed = new Set(got.ids);
  const known = new Set(all.ids);
  const expected = all.items.filter((i) => meaning(i) === true).map((i) => idOf(kind, i));
  const open = all.items.filter((i) => meaning(i) === 'open').length;
  const extra = [...listed].filter((id) => !known.has(id));
  const missing = expected.filter((id) => !listed.has(id));
  const wrong = all.items.filter((i) => meaning(i) === false && listed.has(idOf(kind, i))).map((i) => idOf(kind, i));
  t.check(ruleId, !extra.length && !missing.length && !wrong.length,
    `${what} lists the ${expected.length} of the ${known.size} unfiltered ${kind.noun} the filter selects${open ? ` (${open} more may match: the docs leave it open)` : ', no other'}`,
    [`listed ${listed.size}: ${short([...listed])}`, missing.length && `missing ${short(missing)}`, wrong.length && `not selected but listed ${short(wrong)}`,
      extra.length && `not in the unfiltered list ${short(extra)}`].filter(Boolean).join('; '), got.exchanges);
}
