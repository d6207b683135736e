/** Whether sorted `small` is a subset of sorted `large`. */
function subset(small: readonly number[], large: readonly number[]): boolean {
  let j = 0;
  for (const x of small) {
    while (j < large.length && large[j]! < x) j++;
    if (j === large.length || large[j] !== x) return false;
    j++;
  }
  return true;
}

/**
 * The configurations a search has seen: a key for everything but the pending operations (which
 * completed operations are linearised, the model state) and the sorted set of pending operations
 * still open. A configuration is covered by a seen one with the same key and at least its open
 * pending operations: that one could still linearise the extra ones or never, so whatever the new
 * one can reach, it could too (Lowe's memoisation, with this subsumption for pending calls).
 */
export class ConfigurationMemo {
  private readonly seen = new Map<string, number[][]>();

  /** Records the configuration; false if a seen one covers it. */
  add(key: string, openPending: number[]): boolean {
    const entries = this.seen.get(key);
    if (!entries) {
      this.seen.set(key, [openPending]);
      return true;
    }
    if (entries.some((e) => subset(openPending, e))) return false;
    entries.push(openPending);
    return true;
  }
}
