/** An id shaped like `like` that no listed item has (for a filter value that must match nothing). */
export function unusedId(like: string, taken: readonly string[]): string {
  let id = `${like.slice(0, Math.max(2, like.length - 4))}none`;
  while (taken.includes(id)) id += 'x';
  return id;
}
