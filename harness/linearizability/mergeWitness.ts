import type { Operation } from './Operation.js';

/**
 * One order of all partitions' witnesses that respects real time. In each witness, operation i
 * can take effect at the latest invocation among operations 0..i, which lies inside its own
 * interval (an operation placed after another was not returned before that one was invoked);
 * sorting every operation by that point (ties: partition, then position) keeps each witness's
 * order and puts any operation that returned before another was invoked ahead of it.
 */
export function mergeWitness(witnesses: readonly (readonly Operation[])[]): number[] {
  const placed: { id: number; point: number; part: number; pos: number }[] = [];
  witnesses.forEach((ops, part) => {
    let point = Number.NEGATIVE_INFINITY;
    ops.forEach((op, pos) => {
      point = Math.max(point, op.invokedAt);
      placed.push({ id: op.id, point, part, pos });
    });
  });
  return placed.sort((a, b) => a.point - b.point || a.part - b.part || a.pos - b.pos).map((p) => p.id);
}
