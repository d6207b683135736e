/** One page of a list answer and the pagination fields the SWAS list operations report. */
export interface Page<T> {
  items: T[];
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  /** PageNumber and PageSize were both left to their defaults. */
  defaulted: boolean;
}

/**
 * Cuts `items` (already filtered and ordered) into the requested page. PageNumber defaults to 1 and
 * PageSize to 10 (the SWAS defaults); TotalCount counts every matching item, not just the page
 * (the docs do not say which; counting all is the usual reading of the field).
 */
export function paginate<T>(items: readonly T[], pageNumber: unknown, pageSize: unknown): Page<T> {
  const PageNumber = typeof pageNumber === 'number' && pageNumber >= 1 ? pageNumber : 1;
  const PageSize = typeof pageSize === 'number' && pageSize >= 1 ? pageSize : 10;
  const start = (PageNumber - 1) * PageSize;
  return {
    items: items.slice(start, start + PageSize),
    TotalCount: items.length,
    PageNumber,
    PageSize,
    defaulted: pageNumber === undefined && pageSize === undefined,
  };
}
