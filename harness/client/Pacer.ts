import { waitBooked } from '../run/timeAccount.js';

/** How much longer than a full window the pacer waits: a server's window may open a little later than ours. */
export const pacerMargin = (windowMs: number): number => Math.max(5, windowMs * 0.05);

/**
 * Paces calls under a documented rate: at most `calls` sends in any window of `windowMs` per key
 * (account and operation). `wait(key)` resolves when a send is allowed and books it.
 */
export class Pacer {
  private readonly sent = new Map<string, number[]>();
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly now: () => number = Date.now) {}

  wait(key: string, calls: number, windowMs: number): Promise<void> {
    // Chain per key so concurrent callers book slots in order.
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.book(key, calls, windowMs));
    this.chains.set(key, next.catch(() => undefined));
    return next;
  }

  private async book(key: string, calls: number, windowMs: number): Promise<void> {
    const times = this.sent.get(key) ?? [];
    this.sent.set(key, times);
    for (;;) {
      const now = this.now();
      while (times.length && times[0]! <= now - windowMs) times.shift();
      if (times.length < calls) {
        times.push(now);
        return;
      }
      // A small margin keeps the server's window (which may open a little later) from disagreeing.
      await waitBooked('pacingMs', times[0]! + windowMs - now + pacerMargin(windowMs));
    }
  }
}
