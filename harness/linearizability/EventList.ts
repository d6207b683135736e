import type { Operation } from './Operation.js';

/** A call or return event of the operation at index `op`; a call links to its return (none: pending). */
export interface EventEntry {
  op: number;
  isCall: boolean;
  match: EventEntry | undefined;
  prev: EventEntry | undefined;
  next: EventEntry | undefined;
}

/** Events in time order. At equal times calls come before returns: touching intervals overlap. */
export function sortedEvents(ops: readonly Operation[]): { op: number; isCall: boolean; time: number }[] {
  const events: { op: number; isCall: boolean; time: number }[] = [];
  ops.forEach((o, i) => {
    events.push({ op: i, isCall: true, time: o.invokedAt });
    if (o.returnedAt !== undefined) events.push({ op: i, isCall: false, time: o.returnedAt });
  });
  return events.sort((a, b) => a.time - b.time || (a.isCall === b.isCall ? a.op - b.op : a.isCall ? -1 : 1));
}

/**
 * The doubly linked list of call and return events Wing & Gong's search walks: `lift` takes an
 * operation's two events out when it is linearised, `unlift` puts them back on backtracking
 * (in reverse order of lifting, which the search's stack guarantees).
 */
export class EventList {
  readonly head: EventEntry = { op: -1, isCall: false, match: undefined, prev: undefined, next: undefined };

  constructor(ops: readonly Operation[]) {
    const returns = new Map<number, EventEntry>();
    const calls: EventEntry[] = [];
    let last = this.head;
    for (const e of sortedEvents(ops)) {
      const entry: EventEntry = { op: e.op, isCall: e.isCall, match: undefined, prev: last, next: undefined };
      last.next = entry;
      last = entry;
      if (e.isCall) calls.push(entry);
      else returns.set(e.op, entry);
    }
    for (const call of calls) call.match = returns.get(call.op);
  }

  lift(call: EventEntry): void {
    call.prev!.next = call.next;
    if (call.next) call.next.prev = call.prev;
    const ret = call.match;
    if (ret) {
      ret.prev!.next = ret.next;
      if (ret.next) ret.next.prev = ret.prev;
    }
  }

  unlift(call: EventEntry): void {
    const ret = call.match;
    if (ret) {
      ret.prev!.next = ret;
      if (ret.next) ret.next.prev = ret;
    }
    call.prev!.next = call;
    if (call.next) call.next.prev = call;
  }
}
