/** An answer's TotalCount as a number (SWAS ListCustomImages sends it as a string); NaN when absent. */
export function totalCount(body: Record<string, unknown> | undefined): number {
  const value = body?.['TotalCount'];
  return typeof value === 'number' || (typeof value === 'string' && /^[0-9]+$/.test(value)) ? Number(value) : Number.NaN;
}
