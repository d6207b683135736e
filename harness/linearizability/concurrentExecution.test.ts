import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { checkLinearizable } from './checkLinearizable.js';
import { HistoryRecorder, NO_ANSWER } from './HistoryRecorder.js';
import { counterModel } from './models/counterModel.js';
import { registerModel, type RegisterValue } from './models/registerModel.js';
import type { Call } from './Operation.js';
import { seededRandom, type SeededRandom } from './seededRandom.js';
import { witnessProblems } from './witnessProblems.js';

/** A random pause: none, a microtask, an event-loop turn, or a short timer. */
function pause(random: SeededRandom): Promise<unknown> {
  const k = random.int(0, 9);
  if (k < 2) return Promise.resolve();
  if (k < 8) return tick();
  return new Promise((r) => setTimeout(r, random.int(0, 1)));
}

/** Registers by key that act atomically at one instant between two random pauses. */
class DelayedRegisters {
  private readonly values = new Map<string, RegisterValue>();
  constructor(private readonly random: SeededRandom) {}
  async perform(call: Call): Promise<unknown> {
    await pause(this.random);
    const key = String(call.args['key']);
    let result: unknown = 'ok';
    if (call.name === 'read') result = this.values.get(key) ?? null;
    else this.values.set(key, call.args['value'] as RegisterValue);
    await pause(this.random);
    return result;
  }
}

const plans = (random: SeededRandom, processes: number, perProcess: number, keys: string[]): Call[][] =>
  Array.from({ length: processes }, (_, p) => Array.from({ length: perProcess }, (_, i) => (random.next() < 0.5
    ? { name: 'read', args: { key: random.pick(keys) } }
    : { name: 'write', args: { key: random.pick(keys), value: p * 1000 + i } })));

describe('histories recorded from real concurrent executions', () => {
  it('a concurrent in-memory register (2400 operations, 8 processes, 4 keys) is linearizable, checked per key and as a whole', async () => {
    const random = seededRandom(2024);
    const registers = new DelayedRegisters(random);
    const recorder = new HistoryRecorder<unknown>();
    await recorder.parallel(plans(random, 8, 300, ['k0', 'k1', 'k2', 'k3']), (p, call) => recorder.record(p, call, () => registers.perform(call)));
    const history = recorder.operations;
    expect(history).toHaveLength(2400);
    // The calls really overlap: most operations have another one running during them.
    const overlapping = history.filter((o) => history.some((q) => q !== o && q.invokedAt < o.returnedAt! && o.invokedAt < q.returnedAt!));
    expect(overlapping.length).toBeGreaterThan(history.length / 2);
    for (const spec of [registerModel({ partitioned: true }), registerModel()]) {
      const r = checkLinearizable(history, spec, { timeBudgetMs: 20_000 });
      expect(r.verdict, r.explanation).toBe('linearizable');
      expect(witnessProblems(history, spec, r.order!)).toEqual([]);
    }
  });

  it('the same register with a stale read cache is caught', async () => {
    const random = seededRandom(7);
    const registers = new DelayedRegisters(random);
    const cache = new Map<string, unknown>();
    const recorder = new HistoryRecorder<unknown>();
    await recorder.parallel(plans(random, 4, 150, ['k0', 'k1']), (p, call) => recorder.record(p, call, async () => {
      // Process 0 answers some reads from what it read earlier instead of asking the register.
      const key = String(call.args['key']);
      if (p === 0 && call.name === 'read' && cache.has(key) && random.next() < 0.5) return cache.get(key);
      const result = await registers.perform(call);
      if (p === 0 && call.name === 'read') cache.set(key, result);
      return result;
    }));
    const r = checkLinearizable(recorder.operations, registerModel({ partitioned: true }), { timeBudgetMs: 20_000 });
    expect(r.verdict).toBe('not-linearizable');
    expect(r.explanation).toMatch(/^partition "k[01]": No order of the operations explains the answers once #\d+ p\d read/);
  });

  it('a counter whose increment reads, pauses, then writes loses updates, and the checker sees it', async () => {
    const random = seededRandom(3);
    let value = 0;
    const recorder = new HistoryRecorder<unknown>();
    const increments = Array.from({ length: 6 }, () => Array.from({ length: 20 }, () => ({ name: 'incrementAndGet', args: {} })));
    await recorder.parallel(increments, (p, call) => recorder.record(p, call, async () => {
      const read = value;
      await pause(random);
      value = read + 1;
      return value;
    }));
    const r = checkLinearizable(recorder.operations, counterModel(), { timeBudgetMs: 20_000 });
    expect(r.verdict).toBe('not-linearizable');
  });

  it('records an unanswered call as pending, and a thrown one too', async () => {
    const recorder = new HistoryRecorder<unknown>(() => 5);
    expect(await recorder.record(1, { name: 'write', args: { value: 1 } }, async () => NO_ANSWER)).toBeUndefined();
    await expect(recorder.record(2, { name: 'read', args: {} }, () => Promise.reject(new Error('lost')))).rejects.toThrow('lost');
    expect(await recorder.record(3, { name: 'read', args: {} }, async () => 1)).toBe(1);
    expect(recorder.operations.map((o) => [o.id, o.returnedAt, o.result])).toEqual([[1, undefined, undefined], [2, undefined, undefined], [3, 5, 1]]);
    expect(checkLinearizable(recorder.operations, registerModel()).verdict).toBe('linearizable');
  });
});
