import type { Exchange } from '../../harness/index.js';
import type { Mismatch } from './Mismatch.js';

/** A disagreement kept for the report: a kept counterexample's, or the property's shrunk one. */
export interface StatefulFailure { mismatch: Mismatch; exchanges: Exchange[]; seed: number; path: string; origin: string }

/**
 * What the runs of one suite share: the rules some command exercised in agreement with the model,
 * the failures, the last mismatch (after shrinking, the counterexample's), throughput and timing.
 */
export class StatefulRecorder {
  readonly agreed = new Set<string>();
  readonly unsettled = new Map<string, string>();
  /** Target ids the suite created and whose deletion the target confirmed: a later run does not mirror them. */
  readonly gone = new Set<string>();
  /** How many of those were SWAS custom images (a target that never frees their quota shows it later). */
  goneImages = 0;
  readonly failures: StatefulFailure[] = [];
  lastMismatch: { mismatch: Mismatch; exchanges: Exchange[] } | undefined;
  /** A create the run's budget did not allow (--max-creates): no run starts after it. */
  outOfBudget: Error | undefined;
  /** Requests compared with the model, and generated commands run (a command may send several). */
  commands = 0;
  commandsRun = 0;
  runs = 0;
  readonly startedAt = Date.now();
  /** When the property (not the kept counterexamples) started, and its first mismatch after that. */
  propertyStartedAt = Date.now();
  firstFailureAt: number | undefined;
  /** Shrinking ran out of its time budget: the counterexample is the shortest found by then. */
  shrinkCut = false;

  mismatch(m: Mismatch, exchanges: Exchange[]): void {
    this.lastMismatch = { mismatch: m, exchanges };
    this.firstFailureAt ??= Date.now();
  }
}
