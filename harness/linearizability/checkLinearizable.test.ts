import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinearizable } from './checkLinearizable.js';
import { counterModel } from './models/counterModel.js';
import { quotaModel } from './models/quotaModel.js';
import { registerModel } from './models/registerModel.js';
import { setModel } from './models/setModel.js';
import type { Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';
import { simulatedHistory } from './simulatedHistory.js';
import { witnessProblems } from './witnessProblems.js';

interface FixtureOp { p: number; call: string; args: Record<string, unknown>; t: [number, number?]; r?: unknown }
interface Fixture { model: string; options: Record<string, unknown>; cases: { name: string; expect: string; history: FixtureOp[] }[] }

const DIR = new URL('../../fixtures/linearizability/', import.meta.url);
const MODELS: Record<string, (o: Record<string, unknown>) => SequentialSpec<unknown>> = {
  register: () => registerModel() as SequentialSpec<unknown>,
  counter: () => counterModel() as SequentialSpec<unknown>,
  set: () => setModel() as SequentialSpec<unknown>,
  quota: (o) => quotaModel({ limit: Number(o['limit']) }) as SequentialSpec<unknown>,
};

const historyOf = (ops: FixtureOp[]): Operation[] => ops.map((o, i) => ({
  id: i + 1, process: o.p, call: { name: o.call, args: o.args }, invokedAt: o.t[0], returnedAt: o.t[1], result: o.r,
}));

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => ({ file: f, ...(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Fixture) }));

describe('checkLinearizable on the fixture histories', () => {
  it('has fixtures for the register, counter, set and quota models', () => {
    expect(fixtures.map((f) => f.model).sort()).toEqual(['counter', 'quota', 'register', 'set']);
    for (const f of fixtures) expect(f.cases.filter((c) => c.expect === 'not-linearizable').length, f.file).toBeGreaterThanOrEqual(3);
  });

  for (const f of fixtures) {
    describe(f.file, () => {
      it.each(f.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const spec = MODELS[f.model]!(f.options);
        const history = historyOf(c.history);
        const result = checkLinearizable(history, spec, { timeBudgetMs: 5_000 });
        expect(result.verdict).toBe(c.expect);
        if (result.verdict === 'linearizable') expect(witnessProblems(history, spec, result.order ?? [])).toEqual([]);
        else expect(result.explanation).toMatch(/^No order of the operations explains the answers once #\d+/);
      });
    });
  }
});

describe('checkLinearizable', () => {
  const quota = quotaModel({ limit: 2 });
  const create = (id: number, name: string, t: [number, number], r: string): Operation => ({ id, process: id, call: { name: 'create', args: { name } }, invokedAt: t[0], returnedAt: t[1], result: r });

  it('explains a quota overrun: the create that cannot be placed, the state before it, the model answer', () => {
    const r = checkLinearizable([create(1, 'a', [0, 20], 'ok'), create(2, 'b', [1, 21], 'ok'), create(3, 'c', [2, 22], 'ok')], quota);
    expect(r.verdict).toBe('not-linearizable');
    expect(r.explanation).toContain('return 3 of 3');
    expect(r.explanation).toContain('"names\\":[\\"');
    expect(r.explanation).toContain('gets "CustomImageQuotaLimit" from the model');
    expect(r.order).toBeUndefined();
  });

  it('names the shortest failing prefix, not the end of the history', () => {
    const ops = [create(1, 'a', [0, 10], 'ok'), create(2, 'b', [20, 30], 'CustomImageQuotaLimit'), create(3, 'c', [40, 50], 'ok'), create(4, 'd', [60, 70], 'ok')];
    expect(checkLinearizable(ops, quota).explanation).toMatch(/once #2 p2 create\(\{"name":"b"\}\) → "CustomImageQuotaLimit" \[20\.0–30\.0 ms\] has returned \(return 2 of 4\)/);
  });

  it('gives a witness that respects real time and the model', () => {
    const ops = [create(1, 'a', [0, 20], 'ok'), create(2, 'b', [1, 21], 'CustomImageQuotaLimit'), create(3, 'c', [2, 22], 'ok'), create(4, 'd', [30, 40], 'CustomImageQuotaLimit')];
    const r = checkLinearizable(ops, quota);
    expect(r.verdict).toBe('linearizable');
    expect(r.order).toHaveLength(4);
    expect(r.order?.at(-1)).toBe(4);
    expect(witnessProblems(ops, quota, r.order!)).toEqual([]);
    expect(r.stats.explored).toBeGreaterThan(0);
  });

  it('leaves out of the witness an unanswered operation that need not take effect', () => {
    const pending: Operation = { ...create(1, 'a', [0, 0], 'ok'), returnedAt: undefined, result: undefined };
    const r = checkLinearizable([pending, create(2, 'b', [10, 20], 'ok'), create(3, 'c', [30, 40], 'ok')], quota);
    expect(r).toMatchObject({ verdict: 'linearizable', order: [2, 3] });
  });

  it('decides an empty history', () => {
    expect(checkLinearizable([], quota)).toMatchObject({ verdict: 'linearizable', order: [] });
  });

  it('answers unknown, never not-linearizable, when the budget runs out', () => {
    const spec = registerModel();
    const history = simulatedHistory(spec, { operations: 3000, processes: 8, seed: 3, command: (r) => (r.next() < 0.5 ? { name: 'read', args: {} } : { name: 'write', args: { value: r.int(0, 3) } }) });
    const broken = history.map((o, i) => (i === 2500 && o.call.name === 'read' ? { ...o, result: 99 } : o));
    for (const h of [history, broken]) {
      const r = checkLinearizable(h, spec, { timeBudgetMs: 0 });
      expect(r.verdict).toBe('unknown');
      expect(r.explanation).toMatch(/time budget of 0 ms ran out/);
    }
  });

  it('checks each partition on its own and names the failing one', () => {
    const spec = registerModel({ partitioned: true });
    const op = (id: number, key: string, name: string, t: [number, number], r: unknown, value?: number): Operation =>
      ({ id, process: id, call: { name, args: { key, ...(value !== undefined && { value }) } }, invokedAt: t[0], returnedAt: t[1], result: r });
    const ok = [op(1, 'x', 'write', [0, 10], 'ok', 1), op(2, 'y', 'write', [0, 10], 'ok', 2), op(3, 'x', 'read', [20, 30], 1), op(4, 'y', 'read', [20, 30], 2)];
    const good = checkLinearizable(ok, spec);
    expect(good.verdict).toBe('linearizable');
    expect(witnessProblems(ok, spec, good.order!)).toEqual([]);
    const bad = checkLinearizable([...ok.slice(0, 3), op(4, 'y', 'read', [20, 30], 1)], spec);
    expect(bad.verdict).toBe('not-linearizable');
    expect(bad.explanation).toMatch(/^partition "y": /);
  });

  it('refuses malformed histories', () => {
    expect(() => checkLinearizable([create(1, 'a', [10, 5], 'ok')], quota)).toThrow(/returned \(5\) before it was invoked/);
    expect(() => checkLinearizable([create(1, 'a', [0, 5], 'ok'), create(1, 'b', [0, 5], 'ok')], quota)).toThrow(/appears twice/);
  });
});
