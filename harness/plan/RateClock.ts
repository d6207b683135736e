import type { Spec } from '../../spec/index.js';
import { pacerMargin } from '../client/Pacer.js';
import { parseStep, type TraceStep } from '../run/callTrace.js';
import type { TargetTiming } from './targetTiming.js';

/** What a stretch of traces costs in documented-rate time, in ms, and what it calls (polls among them) and creates. */
export interface Cost { pacingMs: number; windowsMs: number; settleMs: number; calls: Record<string, number>; polls: number; creates: Record<string, number> }

export const emptyCost = (): Cost => ({ pacingMs: 0, windowsMs: 0, settleMs: 0, calls: {}, polls: 0, creates: {} });
export const costMs = (c: Cost): number => c.pacingMs + c.windowsMs + c.settleMs;
export const callCount = (c: Cost): number => Object.values(c.calls).reduce((a, b) => a + b, 0);
export const createCount = (c: Cost): number => Object.values(c.creates).reduce((a, b) => a + b, 0);

/**
 * Documented-rate time: the traces of tests played one after another on one account, calls taking
 * no time of their own. A paced call waits, as the client's pacer does, until its operation has
 * sent fewer than `limits.qps.calls` calls in the last `perSeconds`, and the pacer's margin (5 %
 * of the window) more (the window is the account's, shared by every suite, as on the real cloud);
 * a call sent past the pacer (a rate-limit burst) waits for nothing but fills the window; a
 * documented window passes whole. Where a test starts to poll (`settle`), its first read goes at
 * once; while what it created is not usable yet (the target's create times), it polls as
 * `t.until` does, from a sixteenth of the polling interval doubling up to it, and goes on when it
 * is. The polls a recording made are left out (their number was the recording machine's timing):
 * the same traces cost the same on every target and at every time scale.
 */
export class RateClock {
  /** ms of documented-rate time so far. */
  now = 0;
  private readonly sent = new Map<string, number[]>();
  private readonly limits: Map<string, { calls: number; windowMs: number }>;

  constructor(spec: Spec, private readonly timing: TargetTiming) {
    this.limits = new Map(spec.operations.filter((o) => o.limits?.qps).map((o) => [`${o.product}.${o.operation}`, { calls: o.limits!.qps!.calls, windowMs: o.limits!.qps!.perSeconds * 1000 }]));
  }

  /** Plays one test's trace (its first `maxCalls` calls, when given) and returns what it cost. */
  play(trace: readonly TraceStep[], maxCalls = Infinity): Cost {
    const cost = emptyCost();
    let pending = 0; // when everything created so far is usable
    let settleUntil: number | undefined; // a poll has started: its first read is next
    let calls = 0;
    for (const [step, count] of trace) {
      const s = parseStep(step);
      if (s.kind === 'call' && s.poll) continue;
      for (let i = 0; i < count; i++) {
        if (s.kind === 'settle') {
          settleUntil = pending;
          pending = 0;
        } else if (s.kind === 'window') {
          cost.windowsMs += s.ms;
          this.now += s.ms;
        } else {
          if (calls++ >= maxCalls) return cost;
          this.call(cost, s.op, s.paced);
          if (s.created) {
            cost.creates[s.op] = (cost.creates[s.op] ?? 0) + 1;
            pending = Math.max(pending, this.now + this.timing.settleMs(s.op));
          }
          if (settleUntil !== undefined) this.poll(cost, s.op, settleUntil);
          settleUntil = undefined;
        }
      }
    }
    return cost;
  }

  private call(cost: Cost, op: string, paced: boolean): void {
    cost.pacingMs += this.send(op, paced);
    cost.calls[op] = (cost.calls[op] ?? 0) + 1;
  }

  /** After a poll's first read of `op`: reads again, backing off, until `until`; the time is settling. */
  private poll(cost: Cost, op: string, until: number): void {
    const from = this.now;
    const pacing = cost.pacingMs;
    const every = this.timing.pollMs;
    for (let pause = Math.max(1, every / 16); this.now < until; pause = Math.min(every, pause * 2)) {
      if (pause === every && !this.limits.has(op)) {
        // Nothing paces these reads: one every interval until then.
        const n = Math.ceil((until - this.now) / every);
        this.now += n * every;
        cost.calls[op] = (cost.calls[op] ?? 0) + n;
        cost.polls += n;
        break;
      }
      this.now += pause;
      this.call(cost, op, true);
      cost.polls++;
    }
    // Waits of the pacer between polls are part of the settling.
    cost.settleMs += this.now - from;
    cost.pacingMs = pacing;
  }

  /** Sends one call of `op` at the earliest time its window allows; returns the wait. */
  private send(op: string, paced: boolean): number {
    const limit = this.limits.get(op);
    if (!limit) return 0;
    const times = this.sent.get(op) ?? [];
    this.sent.set(op, times);
    const start = this.now;
    while (times.length && times[0]! <= this.now - limit.windowMs) times.shift();
    if (paced && times.length >= limit.calls) {
      this.now = Math.max(this.now, times[times.length - limit.calls]! + limit.windowMs + pacerMargin(limit.windowMs));
      while (times.length && times[0]! <= this.now - limit.windowMs) times.shift();
    }
    times.push(this.now);
    // Only the last `calls` sends can hold a later call back.
    if (times.length > limit.calls * 2) times.splice(0, times.length - limit.calls);
    return this.now - start;
  }
}
