import type { Call, Operation } from './Operation.js';
import { seededRandom, type SeededRandom } from './seededRandom.js';
import type { SequentialSpec } from './SequentialSpec.js';

export interface SimulationOptions {
  operations: number;
  processes: number;
  seed: number;
  /** The next call of a process. */
  command(random: SeededRandom, process: number): Call;
  /** Share of operations left without an answer; half of those take effect, half never do. */
  pendingRate?: number;
  /** Longest operation, in ms (default 5). */
  maxDurationMs?: number;
}

/**
 * A linearizable history by construction, for tests and benchmarks: each process makes one call
 * at a time with random gaps and durations, each call takes effect at a random instant inside its
 * interval, and the results are the model's, applied in the order of those instants (per
 * partition when the model is partitioned). A process whose call goes unanswered continues
 * under a new process number, as a client that timed out would.
 */
export function simulatedHistory<S, R>(spec: SequentialSpec<S, R>, options: SimulationOptions): Operation<R>[] {
  const random = seededRandom(options.seed);
  const maxDuration = options.maxDurationMs ?? 5;
  const clocks = Array.from({ length: options.processes }, () => random.next());
  const names = Array.from({ length: options.processes }, (_, p) => p);
  const planned: { op: Operation<R>; point: number; acts: boolean; pending: boolean }[] = [];
  for (let id = 1; id <= options.operations; id++) {
    const p = random.int(0, options.processes - 1);
    const invokedAt = clocks[p]! + random.next() * 2;
    const duration = 0.05 + random.next() * maxDuration;
    const pending = random.next() < (options.pendingRate ?? 0);
    const op: Operation<R> = { id, process: names[p]!, call: options.command(random, p), invokedAt, returnedAt: invokedAt + duration, result: undefined };
    planned.push({ op, point: invokedAt + random.next() * duration, acts: !pending || random.next() < 0.5, pending });
    clocks[p] = invokedAt + duration;
    if (pending) names[p] = names[p]! + options.processes;
  }
  const states = new Map<string, S>();
  for (const { op, acts } of [...planned].sort((a, b) => a.point - b.point)) {
    if (!acts) continue;
    const part = spec.partition?.(op.call) ?? '';
    const next = spec.step(states.get(part) ?? spec.init(), op.call);
    states.set(part, next.state);
    op.result = next.result;
  }
  return planned.map(({ op, pending }) => (pending ? { ...op, returnedAt: undefined, result: undefined } : op));
}
