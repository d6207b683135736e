import { explainFailure } from './explainFailure.js';
import type { LinearizabilityResult } from './LinearizabilityResult.js';
import { mergeWitness } from './mergeWitness.js';
import type { History, Operation } from './Operation.js';
import { partitionHistory } from './partitionHistory.js';
import type { SequentialSpec } from './SequentialSpec.js';
import { searchLinearization } from './searchLinearization.js';
import { validateHistory } from './validateHistory.js';

export interface CheckOptions {
  /** Wall-clock budget for the whole check, explanation included (default 10 s). */
  timeBudgetMs?: number;
}

/**
 * Decides whether a concurrent history is linearizable with respect to a sequential
 * specification: Wing & Gong's search with memoisation of (linearised ops, model state), run on
 * each partition of `spec.partition` independently (all must be linearizable). A search stopped
 * by the budget is `unknown`: `not-linearizable` is only claimed once a search has finished.
 */
export function checkLinearizable<S, R>(history: History<R>, spec: SequentialSpec<S, R>, options: CheckOptions = {}): LinearizabilityResult {
  const started = performance.now();
  const deadline = started + (options.timeBudgetMs ?? 10_000);
  const stats = { explored: 0, memoHits: 0, ms: 0 };
  const done = (r: Omit<LinearizabilityResult, 'stats'>): LinearizabilityResult => ({ ...r, stats: { ...stats, ms: performance.now() - started } });
  validateHistory(history);
  const t0 = history.reduce((m, o) => Math.min(m, o.invokedAt), Number.POSITIVE_INFINITY);
  const parts = partitionHistory(history, spec);
  const label = (key: string) => (spec.partition ? `partition ${JSON.stringify(key)}: ` : '');
  const witnesses: Operation<R>[][] = [];
  let unfinished: string | undefined;

  for (const [key, ops] of parts) {
    if (unfinished) break;
    const outcome = searchLinearization(ops, spec, deadline, stats);
    if (outcome.kind === 'not-linearizable') {
      return done({ verdict: 'not-linearizable', explanation: `${label(key)}${explainFailure(ops, spec, deadline, stats, t0)}` });
    }
    if (outcome.kind === 'timeout') unfinished = key;
    else witnesses.push(outcome.order);
  }
  if (unfinished !== undefined) {
    return done({ verdict: 'unknown', explanation: `${label(unfinished)}the time budget of ${options.timeBudgetMs ?? 10_000} ms ran out after ${stats.explored} model steps` });
  }
  return done({ verdict: 'linearizable', order: mergeWitness(witnesses) });
}
