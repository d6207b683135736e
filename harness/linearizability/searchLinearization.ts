import { ConfigurationMemo } from './ConfigurationMemo.js';
import { EventList, type EventEntry } from './EventList.js';
import type { CheckStats } from './LinearizabilityResult.js';
import type { Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';

export type SearchOutcome<R> =
  | { kind: 'linearizable'; order: Operation<R>[] }
  | { kind: 'not-linearizable' }
  | { kind: 'timeout' };

/**
 * The memo key of a configuration but its open pending operations, exact and short: `f`, the
 * first (by invocation) completed operation not yet linearised (every completed one before it
 * is); the completed operations after it that are linearised, which were all invoked before its
 * return (they precede it in the order being built); and the model state.
 */
function configurationKey(list: EventList, ops: readonly Operation[], done: Uint8Array, stateKey: string): string {
  let entry = list.head.next;
  while (entry && !(entry.isCall && entry.match)) entry = entry.next;
  if (!entry) return `all|${stateKey}`;
  const f = entry.op;
  const until = ops[f]!.returnedAt!;
  let ahead = '';
  for (let j = f + 1; j < ops.length && ops[j]!.invokedAt <= until; j++) if (done[j] && ops[j]!.returnedAt !== undefined) ahead += `${j},`;
  return `${f}|${ahead}|${stateKey}`;
}

/**
 * Wing & Gong's search with Lowe's memoisation on one (partition of a) history. Walking the event
 * list from the start, the calls met before the first return are the minimal operations: one whose
 * observed result the model gives is linearised (lifted out of the list) unless its configuration
 * (linearised operations, model state) was seen before; meeting a return means that operation can
 * no longer be placed, so the last choice is undone. Pending operations have no return: they may
 * be linearised anywhere after their call, or never (left out of the order).
 */
export function searchLinearization<S, R>(history: readonly Operation<R>[], spec: SequentialSpec<S, R>, deadline: number, stats: CheckStats): SearchOutcome<R> {
  // Invocation order, so that configurationKey can scan a window of indices.
  const ops = [...history].sort((a, b) => a.invokedAt - b.invokedAt || a.id - b.id);
  const list = new EventList(ops);
  const done = new Uint8Array(ops.length);
  const seen = new ConfigurationMemo();
  const pendingOps = ops.flatMap((o, i) => (o.returnedAt === undefined ? [i] : []));
  const stack: { entry: EventEntry; state: S }[] = [];
  let state = spec.init();
  let completedLeft = ops.filter((o) => o.returnedAt !== undefined).length;
  let entry = list.head.next;
  let steps = 0;

  while (completedLeft > 0) {
    if ((++steps & 255) === 0 && performance.now() > deadline) return { kind: 'timeout' };
    // A remaining completed operation's return always lies ahead of the walk.
    if (!entry) throw new Error('linearizability: event list ended before the last return (bug)');
    if (entry.isCall) {
      const op = ops[entry.op]!;
      const pending = entry.match === undefined;
      const next = spec.step(state, op.call, pending ? undefined : op.result);
      stats.explored++;
      const nextKey = spec.key(next.state);
      // A pending operation without effect here is better left open: it may still act later, or never.
      const fits = pending ? nextKey !== spec.key(state) : spec.equal(next.result, op.result as R);
      if (fits) {
        done[entry.op] = 1;
        list.lift(entry);
        if (seen.add(configurationKey(list, ops, done, nextKey), pendingOps.filter((i) => !done[i]))) {
          stack.push({ entry, state });
          state = next.state;
          if (!pending) completedLeft--;
          entry = list.head.next;
          continue;
        }
        stats.memoHits++;
        list.unlift(entry);
        done[entry.op] = 0;
      }
      entry = entry.next;
    } else {
      const top = stack.pop();
      if (!top) return { kind: 'not-linearizable' };
      state = top.state;
      done[top.entry.op] = 0;
      list.unlift(top.entry);
      if (top.entry.match) completedLeft++;
      entry = top.entry.next;
    }
  }
  return { kind: 'linearizable', order: stack.map((s) => ops[s.entry.op]!) };
}
