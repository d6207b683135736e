import type { AsyncCommand } from 'fast-check';
import type { World } from './World.js';
import type { WorldCommand } from './WorldCommand.js';

/**
 * One generated element of a stateful sequence: a plan of steps towards a state where bugs of
 * sequences hide (shared then deleted, the quota filled then freed, deprecated then shared...).
 * Each step is a command resolved against the run's state when it runs, so its picks meet the
 * resources the earlier steps made; a step that does not apply then (its check fails) is skipped.
 * Shrinking removes whole intentions and single steps (a removed step is null). A command alone
 * is an intention of one step. Only the steps are commands of the run: they alone are recorded.
 */
export class Intention implements AsyncCommand<World, World> {
  private ran: WorldCommand[] = [];

  constructor(readonly name: string, readonly steps: readonly (WorldCommand | null)[]) {}

  /** Runs when some step applies to the state now (a later step may only apply after an earlier one). */
  check(m: Readonly<World>): boolean {
    return this.steps.some((s) => s?.check(m));
  }

  async run(_m: World, w: World): Promise<void> {
    this.ran = [];
    for (const step of this.steps) {
      if (!step?.check(w)) continue;
      this.ran.push(step);
      await step.run(w, w);
    }
  }

  toString(): string {
    const steps = this.ran.length ? this.ran : this.steps.filter((s): s is WorldCommand => s !== null);
    return this.steps.length === 1 ? steps.map(String).join() : `${this.name}[${steps.map(String).join('; ')}]`;
  }
}
