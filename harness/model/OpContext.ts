import type { OperationSpec, Spec } from '../../spec/index.js';
import type { ModelDeviation } from './modelDeviations.js';
import type { Outcome } from './outcome.js';
import type { Account, ModelState } from './state.js';
import type { Values } from './decodeParams.js';

/** Everything an operation handler may use; handlers keep no state of their own. */
export interface OpContext {
  spec: Spec;
  op: OperationSpec;
  state: ModelState;
  account: Account;
  /** Region the call addresses (its RegionId parameter). */
  regionId: string;
  /** Model clock, ms. */
  now: number;
  /** Asynchronous delays, already scaled: snapshot Progressing -> Accomplished, image creating -> available. */
  delays: { snapshotMs: number; imageMs: number };
  dev(name: ModelDeviation): boolean;
  /** The documented error `code` of this operation (status and message from the spec), resting on its error rule and `rules`. */
  fail(code: string, ...rules: string[]): Outcome;
  /** A documented error of another operation's table (a shared message), e.g. for cross-product lookups. */
  failAs(operation: string, code: string, ...rules: string[]): Outcome;
  /** A fresh id with the given prefix, e.g. `m-`, `s-`. */
  newId(prefix: string): string;
  /** ISO 8601 UTC without milliseconds, the API's time format. */
  iso(ms?: number): string;
  /** Resolves after `ms` of real time (used only by the race deviations). */
  yieldFor(ms: number): Promise<void>;
}

export type Handler = (ctx: OpContext, values: Values) => Outcome | Promise<Outcome>;
