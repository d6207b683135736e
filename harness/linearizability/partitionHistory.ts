import type { Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';

/** The history split by the specification's `partition(call)` (one part without it), in first-seen order. */
export function partitionHistory<S, R>(ops: readonly Operation<R>[], spec: SequentialSpec<S, R>): Map<string, Operation<R>[]> {
  const parts = new Map<string, Operation<R>[]>();
  for (const op of ops) {
    const key = spec.partition ? spec.partition(op.call) : '';
    let part = parts.get(key);
    if (!part) parts.set(key, (part = []));
    part.push(op);
  }
  return parts;
}
