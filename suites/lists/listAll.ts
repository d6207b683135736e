import type { CallResult, Exchange, ParamValue, RuleTest } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';
import { totalCount } from '../support/totalCount.js';
import type { ListKind } from './listKinds.js';

export type Item = Record<string, unknown>;

/** Every item one query lists, read at the largest documented PageSize, and the answers read. */
export interface Listing {
  items: Item[];
  ids: string[];
  answers: CallResult[];
  /** The first answer that was not a success, if any (the listing is then incomplete). */
  refused?: CallResult;
  exchanges: Exchange[];
}

const MAX_PAGE = 100;
/** Pages a listing reads at most (10 000 items: far more than any account in scope holds). */
const MAX_PAGES = 100;

/** The id of a list item. */
export const idOf = (kind: ListKind, item: Item): string => String(item[kind.id]);

/**
 * All items of `kind`'s query with `params` added: PageSize 100, the default page, then PageNumber 2, … until the
 * pages have held TotalCount items or a page is short or empty.
 */
export async function listAll(t: RuleTest, kind: ListKind, params: Record<string, ParamValue> = {}): Promise<Listing> {
  const out: Listing = { items: [], ids: [], answers: [], exchanges: [] };
  for (let n = 1; n <= MAX_PAGES; n++) {
    // The first page is asked for by default (PageNumber is documented to default to 1), so that a
    // target that miscounts PageNumber still lists everything here, and the walk shows the difference.
    const r = await t.call(kind.product, kind.action, { ...kind.base, ...params, PageSize: MAX_PAGE, ...(n > 1 && { PageNumber: n }) });
    out.answers.push(r);
    out.exchanges.push(r.exchange);
    if (r.status !== 200) return { ...out, refused: r };
    const page = listOf<Item>(r.body, ...kind.path);
    out.items.push(...page);
    const total = totalCount(r.body);
    if (page.length < MAX_PAGE || (Number.isFinite(total) && out.items.length >= total)) break;
  }
  out.ids = out.items.map((i) => idOf(kind, i));
  return out;
}
