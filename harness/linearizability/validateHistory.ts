import type { History } from './Operation.js';

/** Refuses a malformed history (a caller's bug, not a verdict): duplicate ids, bad or reversed times. */
export function validateHistory(history: History): void {
  const ids = new Set<number>();
  for (const op of history) {
    if (ids.has(op.id)) throw new Error(`linearizability: operation id ${op.id} appears twice`);
    ids.add(op.id);
    if (!Number.isFinite(op.invokedAt)) throw new Error(`linearizability: operation #${op.id} has no invocation time`);
    if (op.returnedAt !== undefined && !(op.returnedAt >= op.invokedAt)) {
      throw new Error(`linearizability: operation #${op.id} returned (${op.returnedAt}) before it was invoked (${op.invokedAt})`);
    }
  }
}
