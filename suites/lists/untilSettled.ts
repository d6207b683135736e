import type { RuleTest } from '../../harness/index.js';

/** How far the pause between reads grows: at most this many polling intervals. */
const MAX_STEPS = 8;

/**
 * Polls `read` until `done` holds, like `t.until` (the profile's interval and settle timeout), but
 * doubling the pause after each read up to 8 intervals: a creation that takes a while is awaited
 * with a handful of reads instead of one per interval (each read is a paced call on the real
 * cloud). Undefined when the settle timeout passes.
 */
export async function untilSettled<T>(t: RuleTest, read: () => Promise<T>, done: (value: T) => boolean): Promise<T | undefined> {
  const { intervalMs, settleTimeoutMs } = t.profile.polling ?? { intervalMs: 1000, settleTimeoutMs: 120_000 };
  const end = Date.now() + settleTimeoutMs;
  for (let pause = intervalMs; ; pause = Math.min(pause * 2, intervalMs * MAX_STEPS)) {
    const value = await read();
    if (done(value)) return value;
    const left = end - Date.now();
    if (left <= 0) return undefined;
    await new Promise((r) => setTimeout(r, Math.min(pause, left)));
  }
}
