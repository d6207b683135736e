import { isThrottled, type CallResult, type RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { listOf } from '../support/listOf.js';
import { totalCount } from '../support/totalCount.js';
import { idOf, listAll, type Item, type Listing } from './listAll.js';
import type { ListKind } from './listKinds.js';

/** Pages a walk aims at: two pages and the one past them, the fewest that show a page boundary (every call costs on the real cloud). */
const PAGES = 2;
const short = (ids: string[]) => (ids.length > 4 ? `${ids.slice(0, 4).join(', ')} … (${ids.length})` : ids.join(', '));

/**
 * Walks the pages of `kind`'s query at a small PageSize (the items of the PageSize=100 listing over
 * two pages, the second one short when their number is odd) and judges its paging rules: every item
 * once and no page over PageSize (partition, needs two items), TotalCount equal to the number of
 * items on every answer, and the page after the last one empty. Order is never compared: only
 * which items each page holds. Returns the PageSize=100 listing (for the filter checks), unless it failed.
 */
export async function checkPaging(t: RuleTest, kind: ListKind): Promise<Listing | undefined> {
  const rules = [kind.partition, kind.totalCount, kind.pastEnd];
  const all = await listAll(t, kind);
  if (all.refused) return void rules.forEach((id) => t.unknown(id, `the unpaged listing failed (${answerOf(all.refused!)})`));
  const n = new Set(all.ids).size;
  if (!n) {
    rules.forEach((id) => t.skip(id, `needs at least one of the ${kind.noun} to page through; the account lists none`));
    return all;
  }
  const size = Math.max(1, Math.ceil(n / PAGES));
  const last = Math.ceil(n / size);
  const page = (p: number) => t.call(kind.product, kind.action, { ...kind.base, PageSize: size, PageNumber: p });
  const pages: CallResult[] = [];
  for (let p = 1; p <= last; p++) pages.push(await page(p));
  const past = await page(last + 1);
  const items = (r: CallResult) => listOf<Item>(r.body, ...kind.path);
  const exchanges = [...all.exchanges, ...pages.map((r) => r.exchange), past.exchange];
  const throttled = [...pages, past].find((r) => isThrottled(r));
  if (throttled) {
    rules.forEach((id) => t.unknown(id, `a page was throttled (${answerOf(throttled)}); not a paging verdict`));
    return all;
  }

  if (n < 2) t.skip(kind.partition, `needs two or more of the ${kind.noun} to fill two pages; the account lists ${n}`);
  else {
    const seen = pages.flatMap((r) => items(r).map((i) => idOf(kind, i)));
    const twice = [...new Set(seen.filter((id, i) => seen.indexOf(id) !== i || all.ids.indexOf(id) !== all.ids.lastIndexOf(id)))];
    const missing = [...new Set(all.ids)].filter((id) => !seen.includes(id));
    const extra = [...new Set(seen)].filter((id) => !all.ids.includes(id));
    const refused = pages.filter((r) => r.status !== 200);
    const over = pages.map((r) => items(r).length).some((len) => len > size);
    t.check(kind.partition, !refused.length && !over && !twice.length && !missing.length && !extra.length,
      `PageSize ${size}: pages 1..${last} hold the ${n} ${kind.noun} of the PageSize=100 listing, each once, at most ${size} a page`,
      [`page sizes ${pages.map((r) => (r.status === 200 ? items(r).length : answerOf(r))).join(', ')}`,
        twice.length && `listed twice: ${short(twice)}`, missing.length && `never listed: ${short(missing)}`, extra.length && `not in the unpaged listing: ${short(extra)}`]
        .filter(Boolean).join('; '), exchanges);
  }

  const answers = [...all.answers, ...pages, past].filter((r) => r.status === 200);
  const counts = answers.map((r) => totalCount(r.body));
  t.check(kind.totalCount, counts.every((c) => c === n), `TotalCount ${n} (the ${kind.noun} listed) on every page at PageSize 100 and ${size}`,
    `TotalCount ${counts.map((c) => (Number.isNaN(c) ? 'absent' : c)).join(', ')}`, exchanges);
  t.check(kind.pastEnd, past.status === 200 && items(past).length === 0, `PageNumber ${last + 1} at PageSize ${size} (past the last page): HTTP 200 with no ${kind.noun}`,
    past.status === 200 ? `${items(past).length} listed: ${short(items(past).map((i) => idOf(kind, i)))}` : answerOf(past), [past.exchange]);
  return all;
}
