import { ConfigurationMemo } from './ConfigurationMemo.js';
import { sortedEvents } from './EventList.js';
import type { CheckStats } from './LinearizabilityResult.js';
import type { Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';

/** The operations linearised so far, newest first (shared between configurations). */
interface Trail { op: number; prev: Trail | undefined }
/** A way the history up to some event can have gone: what is still open, the state, the order taken. */
interface Configuration<S> { open: number[]; state: S; trail: Trail | undefined }

export interface FailingReturn<S> {
  /** Index (into the ops given) of the operation whose return no configuration survives. */
  op: number;
  /** How many returns came before it. */
  returnsBefore: number;
  /** The configurations just before that return: one of them with its order, and every state and open set. */
  example: { order: number[]; state: S };
  before: { state: S; open: number[] }[];
}

const trailOrder = (trail: Trail | undefined): number[] => {
  const out: number[] = [];
  for (let t = trail; t; t = t.prev) out.push(t.op);
  return out.reverse();
};

/**
 * Just-in-time linearisation (Lowe): walks the events in time order keeping every configuration
 * the history so far can be in; at each return, each configuration linearises open operations
 * until the returning one is placed. The first return that no configuration survives ends the
 * shortest prefix that is not linearizable. Undefined when every return is survived; 'timeout'
 * when `deadline` passes.
 */
export function firstFailingReturn<S, R>(ops: readonly Operation<R>[], spec: SequentialSpec<S, R>, deadline: number, stats: CheckStats): FailingReturn<S> | undefined | 'timeout' {
  const isPending = (i: number) => ops[i]!.returnedAt === undefined;
  // Open pending operations go to the memo's subsumption; open completed ones into the key.
  const memoKey = (c: Configuration<S>, stateKey: string) => `${c.open.filter((i) => !isPending(i)).join(',')}|${stateKey}`;
  let frontier: Configuration<S>[] = [{ open: [], state: spec.init(), trail: undefined }];
  let returns = 0;
  for (const event of sortedEvents(ops)) {
    if (event.isCall) {
      for (const c of frontier) c.open = [...c.open, event.op];
      continue;
    }
    const target = event.op;
    const next: Configuration<S>[] = [];
    const kept = new ConfigurationMemo();
    const visited = new ConfigurationMemo();
    const keep = (c: Configuration<S>, stateKey: string) => { if (kept.add(memoKey(c, stateKey), c.open.filter(isPending))) next.push(c); };
    const explore = (c: Configuration<S>): boolean => {
      if (performance.now() > deadline) return false;
      for (const x of c.open) {
        const op = ops[x]!;
        const pending = op.returnedAt === undefined;
        const step = spec.step(c.state, op.call, pending ? undefined : op.result);
        stats.explored++;
        const stateKey = spec.key(step.state);
        // Leaving a pending operation without effect open loses nothing: it may still act later, or never.
        if (pending ? stateKey === spec.key(c.state) : !spec.equal(step.result, op.result as R)) continue;
        const after: Configuration<S> = { open: c.open.filter((y) => y !== x), state: step.state, trail: { op: x, prev: c.trail } };
        if (x === target) { keep(after, stateKey); continue; }
        if (!visited.add(memoKey(after, stateKey), after.open.filter(isPending))) { stats.memoHits++; continue; }
        if (!explore(after)) return false;
      }
      return true;
    };
    for (const c of frontier) {
      if (!c.open.includes(target)) keep(c, spec.key(c.state));
      else if (!explore(c)) return 'timeout';
    }
    if (next.length === 0) {
      const first = frontier[0]!;
      return { op: target, returnsBefore: returns, example: { order: trailOrder(first.trail), state: first.state }, before: frontier.map((c) => ({ state: c.state, open: c.open })) };
    }
    frontier = next;
    returns++;
  }
  return undefined;
}
