import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { TraceStep } from '../run/callTrace.js';
import type { Candidate } from './Candidate.js';
import { playPicks } from './playPicks.js';
import { costMs, createCount } from './RateClock.js';
import { ruleTier, runsIn, selectTests } from './selectTests.js';

const spec = getSpec();
const settle = { settleMs: () => 0, pollMs: 1000 };
const E1 = 'swas.CreateCustomImage.error.InvalidParam.DataSnapshotIdNotFound';
const E2 = 'swas.CreateCustomImage.error.InvalidParam.IllegalImageName';
const Q1 = 'swas.quota.CustomImagesPerServer';
const P1 = 'swas.ListInstances.param.InstanceIds.maxItems';
const S1 = 'swas.CreateCustomImage.state.ImageListed';

/** A test of suite `s` checking `covers`: `once` its first pass, `full` with its repetitions. */
function test(name: string, covers: string[], once: TraceStep[], full: TraceStep[] = once, extra: Partial<Candidate> = {}): Candidate {
  return { suite: 's', test: name, rules: covers, covers, leftOut: {}, once, full, setup: [], block: 's', blockSetup: [], mutates: false, estimated: false, ...extra };
}
const windows = (n: number): TraceStep[] => [['swas.ListInstances', 10 * n]];

describe('selectTests (what a budget checks)', () => {
  it('ranks central error codes and quotas first', () => {
    const tier = ruleTier(spec);
    expect([E1, Q1, P1, S1].map(tier)).toEqual([1, 1, 2, 2]);
  });

  it('without a limit runs every test that checks something, in full', () => {
    const all = [test('a', [E1], windows(1), windows(3)), test('b', [], windows(1))];
    expect([...selectTests(spec, all, {}, settle, 50)].map(([c, p]) => [c.test, p.once])).toEqual([['a', false]]);
  });

  it('checks tier 1 before tier 2, even when a tier-2 test comes first and costs the same, and stops where the budget ends', () => {
    // state and quota make 11 ListInstances calls each (the 11th waits a window): one of them fits 1.2 minutes.
    const all = [test('state', [S1], windows(1.1)), test('quota', [Q1], windows(1.1)), test('param', [P1], [['swas.ListDisks', 1]])];
    const picks = selectTests(spec, all, { minutes: 1.2 }, settle, 50);
    expect([...picks.keys()].map((c) => c.test).sort()).toEqual(['param', 'quota']);
    const more = selectTests(spec, all, { minutes: 2.5 }, settle, 50);
    expect([...more.keys()].map((c) => c.test).sort()).toEqual(['param', 'quota', 'state']);
    for (const budget of [1.2, 2.5]) {
      const chosen = selectTests(spec, all, { minutes: budget }, settle, 50);
      expect(costMs(playPicks(spec, all, chosen, settle).total)).toBeLessThanOrEqual(budget * 60_000);
    }
  });

  it('covers most uncovered rules per second first, and passes over a test that does not fit for smaller ones', () => {
    const all = [test('big', [E1, E2], windows(5)), test('e1', [E1], [['swas.ListInstances', 2]]), test('e2', [E2], [['swas.ListInstances', 2]])];
    expect([...selectTests(spec, all, { minutes: 1 }, settle, 50).keys()].map((c) => c.test).sort()).toEqual(['e1', 'e2']);
  });

  it('repeats nothing before every rule is checked once, then runs chosen tests in full as far as the budget goes', () => {
    const all = [test('a', [E1], [['swas.ListInstances', 1]], windows(2)), test('b', [P1], [['swas.ListDisks', 1]], [['swas.ListDisks', 2]]), test('c', [S1], [['swas.ListSnapshots', 20]])];
    // c waits a window and does not fit a minute: E1 and P1 are checked once, S1 is left out, and nothing is repeated.
    const tight = selectTests(spec, all, { minutes: 1 }, settle, 50);
    expect([...tight].map(([c, p]) => `${c.test}:${p.once ? 'once' : 'full'}`).sort()).toEqual(['a:once', 'b:once']);
    // Room for c: every rule once, then repetitions, cheapest first (b in full; a in full would wait another window).
    const roomy = selectTests(spec, all, { minutes: 1.1 }, settle, 50);
    expect([...roomy].map(([c, p]) => `${c.test}:${p.once ? 'once' : 'full'}`).sort()).toEqual(['a:once', 'b:full', 'c:once']);
  });

  it('keeps to --max-creates', () => {
    const all = [test('makes', [E1], [['swas.CreateCustomImage+', 3]]), test('reads', [E2], [['swas.ListCustomImages', 1]])];
    const picks = selectTests(spec, all, { maxCreates: 2 }, settle, 50);
    expect([...picks.keys()].map((c) => c.test)).toEqual(['reads']);
    expect(createCount(playPicks(spec, all, selectTests(spec, all, { maxCreates: 3 }, settle, 50), settle).total)).toBe(3);
  });

  it('gives a property test as many runs as fit, one after another', () => {
    // 1 run: 10 calls; 25 runs: 250 calls (10 per run): one run fits a window.
    const prop = test('prop', [S1], [['swas.ListCustomImages', 10]], [['swas.ListCustomImages', 250]], { runs: 25 });
    const picks = selectTests(spec, [prop], { minutes: 3.2 }, settle, 50);
    const p = picks.get(prop)!;
    expect(p.once).toBe(false);
    expect(runsIn(prop, p.calls)).toBe(4);
  });

  it("plays a describe block's shared setup once, before the block's first chosen test, and a suite's once", () => {
    const shared: TraceStep[] = [['ecs.CreateImage+*', 1], ['ecs.DeleteImage*', 1]];
    const servers: TraceStep[] = [['swas.ListInstances^', 1]];
    const all = [
      test('a1', [E1], [['ecs.ModifyImageAttribute', 1]], undefined, { block: 'a', blockSetup: shared, setup: servers }),
      test('a2', [E2], [['ecs.ModifyImageAttribute', 1]], undefined, { block: 'a', blockSetup: shared, setup: servers }),
      test('b1', [P1], [['ecs.DescribeImages', 1]], undefined, { block: 'b', blockSetup: [], setup: servers }),
    ];
    const played = (names: string[]) => playPicks(spec, all, new Map(all.filter((c) => names.includes(c.test)).map((c) => [c, { once: true, calls: 1 }])), settle).total;
    expect(played(['a1', 'a2', 'b1']).calls).toEqual({ 'swas.ListInstances': 1, 'ecs.CreateImage': 1, 'ecs.DeleteImage': 1, 'ecs.ModifyImageAttribute': 2, 'ecs.DescribeImages': 1 });
    // The block's second test alone still pays for what the block shares; another block does not.
    expect(played(['a2']).creates).toEqual({ 'ecs.CreateImage': 1 });
    expect(played(['b1']).calls).toEqual({ 'swas.ListInstances': 1, 'ecs.DescribeImages': 1 });
  });
});
