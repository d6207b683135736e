/**
 * One request of a failing test, as its case keeps it for `acs-conformance replay`: the request
 * as sent (secrets redacted by the client; replay re-signs with the target's credentials) and what
 * replay needs of its answer. The steps of a case run from the test's first request up to and
 * including the failing one, which is the last step. Answer bodies are not kept: the case's
 * `exchanges` hold the evidence.
 */
export interface SetupStep {
  product: string;
  action: string;
  /** Wire parameters as sent (no signature). */
  params: Record<string, string>;
  signature: 'v3' | 'v2';
  /** Sent as the profile's peer account (default: the main account). */
  as?: 'peer';
  /** Sent once, without retry (a probe), or without pacing (a burst): replay sends it the same way. */
  retry?: false;
  pace?: false;
  /** HTTP status of the (last) answer, and its Code when it had one. */
  status: number;
  code?: string;
  /** The id a successful create answered (ImageId, SnapshotId): replay puts the new one in its place. */
  created?: string;
  /** A read sent this many times in a row (polling until a state was reached): replayed as polling. */
  polled?: number;
  /**
   * A read's view of the resources it names or the test created before it, from its (last) answer:
   * id -> the compared fields (Status, InShare), or null when the answer did not list it. Replay
   * re-sends the read until its answer shows the same.
   */
  resources?: Record<string, Record<string, string> | null>;
}
