/** One call of an operation on the system under test, as a client made it. */
export interface Call {
  /** The operation, e.g. `write`, `create`. */
  name: string;
  /** Its arguments, as the sequential model reads them. */
  args: Record<string, unknown>;
}

/**
 * One operation of a concurrent history: who called what, when (client-side times in ms) and what
 * came back. `returnedAt` undefined means no answer came (timed out, lost, an indeterminate
 * error): the operation may have taken effect at any time after `invokedAt`, or never, and
 * `result` is not read.
 */
export interface Operation<R = unknown> {
  /** Unique within the history; the checker's witness order lists these. */
  id: number;
  /** The client (thread, worker, "process") that made the call; one call at a time each. */
  process: number | string;
  call: Call;
  invokedAt: number;
  returnedAt: number | undefined;
  result: R | undefined;
}

/** A concurrent history: operations in any order (the checker sorts by time). */
export type History<R = unknown> = readonly Operation<R>[];
