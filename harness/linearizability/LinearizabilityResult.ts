/** What the search did: model steps tried, configurations skipped as already seen, wall time. */
export interface CheckStats {
  explored: number;
  memoHits: number;
  ms: number;
}

/**
 * The checker's answer. `not-linearizable` is only claimed after the search finished;
 * a search stopped by the time budget is `unknown`.
 */
export interface LinearizabilityResult {
  verdict: 'linearizable' | 'not-linearizable' | 'unknown';
  /** For `linearizable`: a witness, the ids of the operations that took effect, in order. */
  order?: number[];
  /** For `not-linearizable`: the shortest failing prefix and the operations that cannot be placed; for `unknown`, why. */
  explanation?: string;
  stats: CheckStats;
}
