import type { RuleTest } from '../../harness/index.js';

/** Records `skipped` with `reason` for each of `ids` the test has not judged (a precondition none of its cases could meet). */
export function skipUnchecked(t: RuleTest, ids: readonly string[], reason: (id: string) => string): void {
  for (const id of ids) if (!t.observations.some((o) => o.ruleId === id)) t.skip(id, reason(id));
}
