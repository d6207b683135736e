import type { Call, Operation } from './Operation.js';

/** What a recorded call returns when it got no usable answer: the operation stays pending. */
export const NO_ANSWER: unique symbol = Symbol('no answer');

const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Records a concurrent history as it happens: the time just before a call is made and just after
 * its answer arrives (so each interval contains the call's real effect), and the answer. A call
 * that throws or yields NO_ANSWER stays pending (no return time): it may or may not have acted.
 */
export class HistoryRecorder<R> {
  readonly operations: Operation<R>[] = [];

  constructor(private readonly clock: () => number = wallClock) {}

  async record(process: number | string, call: Call, perform: () => Promise<R | typeof NO_ANSWER>): Promise<R | undefined> {
    const op: Operation<R> = { id: this.operations.length + 1, process, call, invokedAt: this.clock(), returnedAt: undefined, result: undefined };
    this.operations.push(op);
    const value = await perform();
    if (value === NO_ANSWER) return undefined;
    op.returnedAt = this.clock();
    op.result = value;
    return value;
  }

  /** Runs every process's commands in order, all processes at once; resolves when all are done. */
  async parallel<C>(plans: readonly (readonly C[])[], perform: (process: number, command: C) => Promise<unknown>): Promise<void> {
    await Promise.all(plans.map(async (commands, process) => {
      for (const command of commands) await perform(process, command);
    }));
  }
}
