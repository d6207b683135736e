import type { AsyncCommand } from 'fast-check';
import type { World } from './World.js';

/**
 * How a command picks a resource: by kind, and an index into the resources of that kind in
 * creation order (wrapping; -1 is the newest). A command whose kind has nothing in it does not run
 * (its check fails); a kind a product lacks (deprecated SWAS images) means a live one.
 */
export interface Pick { kind: 'live' | 'shared' | 'deprecated' | 'deleted' | 'unknown'; index: number }

/** A command as data: its class name and constructor arguments (the regression fixtures' form). */
export interface CommandJson { command: string; args: unknown[] }

/**
 * A command of the stateful property. The generated choices (indices, kinds) are resolved against
 * the run's state when the command runs; `toString` prints what the last run resolved them to.
 * `args` are the constructor arguments, so a shrunk counterexample can be kept as data.
 */
export abstract class WorldCommand implements AsyncCommand<World, World> {
  protected resolved: string | undefined;

  constructor(readonly args: unknown[]) {}

  check(m: Readonly<World>): boolean {
    return !m.halted && this.applies(m);
  }

  protected applies(_m: Readonly<World>): boolean {
    return true;
  }

  async run(_m: World, w: World): Promise<void> {
    this.resolved = undefined;
    w.executed.push(this.toJSON());
    w.rec.commandsRun++;
    await this.act(w);
  }

  protected abstract act(w: World): Promise<void>;
  protected abstract describe(): string;

  toJSON(): CommandJson {
    return { command: this.constructor.name, args: this.args };
  }

  toString(): string {
    return this.resolved ?? this.describe();
  }
}
