import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Intention } from '../../suites/stateful/Intention.js';
import { intentions } from '../../suites/stateful/intentions.js';
import { pickAt } from '../../suites/stateful/pickAt.js';
import type { World } from '../../suites/stateful/World.js';
import { WorldCommand } from '../../suites/stateful/WorldCommand.js';

// The generator's intentions: plans of steps generated whole, shrunk to the steps a failure
// needs, run step by step against the state (a step that does not apply is skipped).
const named = (name: string) => intentions().map(([arb]) => arb).find((arb) => fc.sample(arb, { numRuns: 1, seed: 1 })[0]!.name === name)!;
const stepText = (i: Intention) => i.steps.filter((s) => s !== null).map((s) => `${s.constructor.name}${s.args.includes('UnShare') ? ' UnShare' : s.args.includes('Share') ? ' Share' : ''}`);

class Step extends WorldCommand {
  constructor(readonly label: string, readonly ok: boolean) { super([label]); }
  protected override applies(): boolean { return this.ok; }
  protected describe(): string { return this.label; }
  protected async act(): Promise<void> {}
}
const fakeWorld = () => ({ halted: false, executed: [], rec: { commandsRun: 0 } }) as unknown as World;

describe('stateful intentions', () => {
  it('are generated with every step of their plan', () => {
    for (const [arb] of intentions()) {
      for (const i of fc.sample(arb, { numRuns: 20, seed: 7 })) expect(i.steps.every((s) => s !== null), i.name).toBe(true);
    }
  });

  it('shrink to the steps the failure needs, the others left out', () => {
    // Fails whenever the intention shares twice: the image's creation is not needed and goes.
    const r = fc.check(fc.property(named('shareUnshareShare'), (i) => stepText(i).filter((s) => s.endsWith(' Share')).length < 2), { seed: 3 });
    expect(r.failed).toBe(true);
    expect(stepText(r.counterexample![0])).toEqual(['ShareStatusCommand Share', 'ShareStatusCommand Share']);
  });

  it('run the steps that apply when their turn comes, and are recorded as those steps only', async () => {
    const w = fakeWorld();
    const i = new Intention('plan', [new Step('a', true), null, new Step('b', false), new Step('c', true)]);
    expect(i.check(w)).toBe(true);
    await i.run(w, w);
    expect(w.executed).toEqual([{ command: 'Step', args: ['a'] }, { command: 'Step', args: ['c'] }]);
    expect(w.rec.commandsRun).toBe(2);
    expect(String(i)).toBe('plan[a; c]');
    expect(new Intention('none', [new Step('b', false), null]).check(w)).toBe(false);
    expect(new Intention('halted', [new Step('a', true)]).check({ ...w, halted: true } as World)).toBe(false);
  });

  it('pick the newest resource of a kind with index -1', () => {
    expect(pickAt(['a', 'b', 'c'], -1)).toBe('c');
    expect(pickAt(['a', 'b', 'c'], -4)).toBe('c');
    expect(pickAt(['a', 'b', 'c'], 4)).toBe('b');
    expect(pickAt([], -1)).toBeUndefined();
  });
});
