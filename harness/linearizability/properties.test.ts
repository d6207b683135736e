import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinearizable } from './checkLinearizable.js';
import { counterModel } from './models/counterModel.js';
import { quotaModel } from './models/quotaModel.js';
import { registerModel } from './models/registerModel.js';
import { sameJson } from './models/sameJson.js';
import { setModel } from './models/setModel.js';
import type { Call, Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';
import { simulatedHistory } from './simulatedHistory.js';
import { witnessProblems } from './witnessProblems.js';

const call = (name: string, args: Record<string, unknown> = {}): Call => ({ name, args });
const small = fc.integer({ min: 0, max: 3 });
const item = fc.constantFrom('a', 'b', 'c', 'd');
const MODELS: { name: string; spec: SequentialSpec<unknown>; call: fc.Arbitrary<Call> }[] = [
  { name: 'register', spec: registerModel() as SequentialSpec<unknown>, call: fc.oneof(fc.constant(call('read')), small.map((value) => call('write', { value })), fc.tuple(small, small).map(([from, to]) => call('cas', { from, to }))) },
  { name: 'counter', spec: counterModel() as SequentialSpec<unknown>, call: fc.oneof(fc.constant(call('get')), fc.constant(call('incrementAndGet')), small.map((delta) => call('add', { delta }))) },
  { name: 'set', spec: setModel() as SequentialSpec<unknown>, call: fc.oneof(fc.constant(call('size')), fc.tuple(fc.constantFrom('add', 'remove', 'contains'), item).map(([n, i]) => call(n, { item: i }))) },
  { name: 'quota', spec: quotaModel({ limit: 2 }) as SequentialSpec<unknown>, call: fc.oneof(fc.constant(call('count')), fc.tuple(fc.constantFrom('create', 'create', 'delete'), item).map(([n, name]) => call(n, { name }))) },
];
/** Results any of the models could give, to draw wrong answers from. */
const anyResult = fc.oneof(fc.integer({ min: -1, max: 5 }), fc.boolean(), fc.constant(null), fc.constantFrom('ok', 'CustomImageQuotaLimit', 'ImageNameAlreadyExist', 'InvalidImageId.NotFound'));

/** The model executed one call at a time: intervals in call order, separated by gaps (0: touching). */
function sequential(spec: SequentialSpec<unknown>, calls: Call[], spans: [number, number][]): Operation[] {
  let state = spec.init();
  let t = 0;
  return calls.map((c, i) => {
    const [gap, duration] = spans[i % spans.length]!;
    const next = spec.step(state, c);
    state = next.state;
    const op: Operation = { id: i + 1, process: i % 3, call: c, invokedAt: t + gap, returnedAt: t + gap + duration, result: next.result };
    t = op.returnedAt!;
    return op;
  });
}

/** Brute force: some order of the completed operations and some of the pending ones fits real time and the model. */
function bruteForce(ops: Operation[], spec: SequentialSpec<unknown>): boolean {
  const search = (left: Operation[], state: unknown): boolean => {
    if (left.every((o) => o.returnedAt === undefined)) return true;
    return left.some((o) => {
      if (left.some((q) => q !== o && q.returnedAt !== undefined && q.returnedAt < o.invokedAt)) return false;
      const next = spec.step(state, o.call);
      const rest = left.filter((q) => q !== o);
      if (o.returnedAt === undefined) return search(rest, next.state) || search(rest, state);
      return spec.equal(next.result, o.result) && search(rest, next.state);
    });
  };
  return search(ops, spec.init());
}

const span = fc.tuple(fc.double({ min: 0.01, max: 3, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }));

describe.each(MODELS)('linearizability properties: $name model', ({ spec, call: callArb }) => {
  it('a history of calls made one at a time is linearizable, with its own order as witness', () => {
    fc.assert(fc.property(fc.array(callArb, { maxLength: 40 }), fc.array(fc.tuple(fc.constantFrom(0, 0.5), fc.double({ min: 0, max: 5, noNaN: true })), { minLength: 1, maxLength: 5 }), (calls, spans) => {
      const history = sequential(spec, calls, spans);
      const r = checkLinearizable(history, spec, { timeBudgetMs: 5_000 });
      expect(r.verdict).toBe('linearizable');
      expect(witnessProblems(history, spec, r.order!)).toEqual([]);
    }), { seed: 11, numRuns: 150 });
  });

  it('one impossible answer in such a history makes it not linearizable, and is named', () => {
    fc.assert(fc.property(fc.array(callArb, { minLength: 1, maxLength: 40 }), fc.array(span, { minLength: 1, maxLength: 5 }), fc.nat(), anyResult, (calls, spans, at, wrong) => {
      const history = sequential(spec, calls, spans);
      const i = at % history.length;
      fc.pre(!sameJson(wrong, history[i]!.result));
      history[i] = { ...history[i]!, result: wrong };
      const r = checkLinearizable(history, spec, { timeBudgetMs: 5_000 });
      expect(r.verdict).toBe('not-linearizable');
      expect(r.explanation).toContain(`once #${i + 1} `);
    }), { seed: 12, numRuns: 150 });
  });

  it('agrees with a brute-force search on small random concurrent histories', () => {
    // Each call acts at an instant inside its interval (or, unanswered, maybe never); some answers are then replaced.
    const op = fc.record({
      call: callArb, at: fc.double({ min: 0, max: 20, noNaN: true }), length: fc.double({ min: 0, max: 15, noNaN: true }), point: fc.double({ min: 0, max: 1, noNaN: true }),
      answered: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), acts: fc.boolean(), wrong: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: anyResult, weight: 1 }),
    });
    const tally = { linearizable: 0, 'not-linearizable': 0, unknown: 0 };
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (drawn) => {
      const history: Operation[] = drawn.map((d, i) => ({ id: i + 1, process: i, call: d.call, invokedAt: d.at, returnedAt: d.answered ? d.at + d.length : undefined, result: undefined }));
      let state = spec.init();
      for (const i of drawn.map((_, i) => i).sort((a, b) => drawn[a]!.at + drawn[a]!.point * drawn[a]!.length - (drawn[b]!.at + drawn[b]!.point * drawn[b]!.length))) {
        if (!drawn[i]!.answered && !drawn[i]!.acts) continue;
        const next = spec.step(state, history[i]!.call);
        state = next.state;
        if (drawn[i]!.answered) history[i]!.result = drawn[i]!.wrong ?? next.result;
      }
      const r = checkLinearizable(history, spec, { timeBudgetMs: 5_000 });
      tally[r.verdict]++;
      expect(r.verdict).toBe(bruteForce(history, spec) ? 'linearizable' : 'not-linearizable');
      if (r.verdict === 'linearizable') expect(witnessProblems(history, spec, r.order!)).toEqual([]);
    }), { seed: 13, numRuns: 400 });
    // Both verdicts are well represented.
    expect(Math.min(tally.linearizable, tally['not-linearizable'])).toBeGreaterThan(80);
  });

  it('accepts histories made by concurrent processes acting at one instant of each call, with unanswered calls', () => {
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 0.2, noNaN: true }), (seed, processes, operations, pendingRate) => {
      const calls = fc.sample(callArb, { seed, numRuns: operations });
      let next = 0;
      const history = simulatedHistory(spec, { seed, processes, operations, pendingRate, command: () => calls[next++ % Math.max(1, calls.length)]! });
      const r = checkLinearizable(history, spec, { timeBudgetMs: 5_000 });
      expect(r.verdict).toBe('linearizable');
      expect(witnessProblems(history, spec, r.order!)).toEqual([]);
    }), { seed: 14, numRuns: 150 });
  });
});

describe('P-compositionality', () => {
  it('checking registers per key gives the verdict of checking them together', () => {
    const together = registerModel();
    const apart = registerModel({ partitioned: true });
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 1, max: 5 }), fc.nat(), fc.boolean(), (seed, processes, at, corrupt) => {
      const history = simulatedHistory(together, { seed, processes, operations: 40, pendingRate: 0.05,
        command: (r) => ({ name: r.pick(['read', 'write']), args: { key: r.pick(['x', 'y', 'z']), value: r.int(0, 2) } }) });
      const i = at % history.length;
      if (corrupt && history[i]!.returnedAt !== undefined) history[i] = { ...history[i]!, result: history[i]!.call.name === 'read' ? 1 : 'lost' };
      const a = checkLinearizable(history, together, { timeBudgetMs: 5_000 });
      const b = checkLinearizable(history, apart, { timeBudgetMs: 5_000 });
      expect(a.verdict).not.toBe('unknown');
      expect(b.verdict).toBe(a.verdict);
      if (b.verdict === 'linearizable') expect(witnessProblems(history, together, b.order!)).toEqual([]);
    }), { seed: 15, numRuns: 150 });
  });
});
