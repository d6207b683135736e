import type { RuleTest } from '../../harness/index.js';

/**
 * Polls `read` (t.until: the profile's interval and settle timeout) until `done` holds. Returns the
 * last value read and whether `done` held, so a check can name what it saw when the state never came.
 */
export async function settled<T>(t: RuleTest, read: () => Promise<T>, done: (value: T) => boolean): Promise<{ value: T; ok: boolean }> {
  let last: T | undefined;
  const hit = await t.until(async () => (last = await read()), done);
  return hit === undefined ? { value: last as T, ok: false } : { value: hit, ok: true };
}
