import type { ModelDeviation } from './modelDeviations.js';
import type { OpContext } from './OpContext.js';
import { paginate, type Page } from './paginate.js';

/** The paging misbehaviours of the deviation catalogue, each acting on one list operation. */
const PAGING: Partial<Record<ModelDeviation, string>> = {
  'custom-images-pages-overlap': 'swas.ListCustomImages',
  'instances-total-of-page': 'swas.ListInstances',
  'disks-past-end-repeats': 'swas.ListDisks',
  'snapshots-page-skips-item': 'swas.ListSnapshots',
  'ecs-images-page-from-zero': 'ecs.DescribeImages',
  'share-accounts-page-size-ignored': 'ecs.DescribeImageSharePermission',
};

/** The page of `items` at `start`, keeping the page's reported fields. */
const sliced = <T>(page: Page<T>, items: readonly T[], start: number, size = page.PageSize): Page<T> =>
  ({ ...page, items: items.slice(Math.max(0, start), Math.max(0, start) + size) });

/**
 * One page of a list operation's matching items (paginate), or, when a paging deviation of that
 * operation is on, the page it gets wrong: pages after the first start one item early (they
 * overlap) or one item late (an item between pages is never listed), TotalCount counts the page,
 * a page past the end repeats the last one, a PageNumber given counts from 0 (the default page is
 * right), or PageSize is ignored.
 */
export function listPage<T>(ctx: OpContext, items: readonly T[], pageNumber: unknown, pageSize: unknown): Page<T> {
  const page = paginate(items, pageNumber, pageSize);
  const op = `${ctx.op.product}.${ctx.op.operation}`;
  const on = (name: ModelDeviation) => PAGING[name] === op && ctx.dev(name);
  const { PageNumber: n, PageSize: size } = page;
  if (on('custom-images-pages-overlap') && n > 1) return sliced(page, items, (n - 1) * size - 1);
  if (on('snapshots-page-skips-item') && n > 1) return sliced(page, items, (n - 1) * (size + 1));
  if (on('instances-total-of-page')) return { ...page, TotalCount: page.items.length };
  if (on('disks-past-end-repeats') && !page.items.length && items.length) {
    const last = Math.ceil(items.length / size);
    return sliced(page, items, (last - 1) * size);
  }
  if (on('ecs-images-page-from-zero') && pageNumber !== undefined) return sliced(page, items, n * size);
  if (on('share-accounts-page-size-ignored')) return sliced(page, items, (n - 1) * 10, 10);
  return page;
}
