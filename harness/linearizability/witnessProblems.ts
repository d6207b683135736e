import type { History, Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';

/**
 * What is wrong with a claimed linearisation of `history` (empty when it is a valid witness):
 * every completed operation appears once, pending ones at most once; no operation comes after
 * one invoked after it returned; replaying the order through the model (per partition) gives
 * every completed operation's observed result.
 */
export function witnessProblems<S, R>(history: History<R>, spec: SequentialSpec<S, R>, order: readonly number[]): string[] {
  const problems: string[] = [];
  const byId = new Map<number, Operation<R>>(history.map((o) => [o.id, o]));
  const placed = new Set<number>();
  for (const id of order) {
    if (!byId.has(id)) problems.push(`#${id} is not in the history`);
    else if (placed.has(id)) problems.push(`#${id} appears twice`);
    placed.add(id);
  }
  for (const o of history) if (o.returnedAt !== undefined && !placed.has(o.id)) problems.push(`#${o.id} completed but is missing`);
  const ops = order.flatMap((id) => byId.get(id) ?? []);
  // Real time: no operation may be placed before one that returned before it was invoked.
  let earliestReturn = Number.POSITIVE_INFINITY;
  let earliestId = 0;
  for (let i = ops.length - 1; i >= 0; i--) {
    const o = ops[i]!;
    if (o.invokedAt > earliestReturn) problems.push(`#${o.id} is placed before #${earliestId}, which returned before it was invoked`);
    if (o.returnedAt !== undefined && o.returnedAt < earliestReturn) [earliestReturn, earliestId] = [o.returnedAt, o.id];
  }
  const states = new Map<string, S>();
  for (const o of ops) {
    const part = spec.partition?.(o.call) ?? '';
    const pending = o.returnedAt === undefined;
    const next = spec.step(states.get(part) ?? spec.init(), o.call, pending ? undefined : o.result);
    if (!pending && !spec.equal(next.result, o.result as R)) problems.push(`#${o.id} answered ${JSON.stringify(o.result)}, the model ${JSON.stringify(next.result)}`);
    states.set(part, next.state);
  }
  return problems;
}
