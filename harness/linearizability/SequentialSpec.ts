import type { Call } from './Operation.js';

/**
 * A sequential specification: the object's behaviour when calls come one at a time. It must be
 * pure: `step` returns a new state (copy-on-write) and never changes the one it is given, so the
 * checker can keep states for backtracking and memoise them by `key`.
 */
export interface SequentialSpec<S, R = unknown> {
  /** The state before the first operation (of each partition, when partitioned). */
  init(): S;
  /**
   * Applies `call` to `state`: the state after it and the result the specification answers.
   * `observed` is the result the system gave (undefined for an operation without an answer);
   * a model may read it to resolve its own nondeterminism (a fresh id of a create), never to
   * decide whether the call was allowed.
   */
  step(state: S, call: Call, observed?: R): { state: S; result: R };
  /** Whether the specification's result `expected` and the observed result agree. */
  equal(expected: R, observed: R): boolean;
  /** A string identifying the state: equal keys mean equal states (used for memoisation). */
  key(state: S): string;
  /**
   * The independent part of the object a call touches (a register's key, an image's id). When
   * given, each partition is checked on its own from `init()` (P-compositionality): calls of
   * different partitions must never affect each other's results.
   */
  partition?(call: Call): string;
}
