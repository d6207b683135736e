import type { Rule } from '../../spec/index.js';

/** The rule every refused call of `op` (`swas.CreateCustomImage`) keeps: it changes nothing. */
export const refusalRuleId = (op: string): string => `${op}.state.RefusalChangesNothing`;

/** Whether a rule id is one of the RefusalChangesNothing rules. */
export const isRefusalRule = (id: string): boolean => id.endsWith('.state.RefusalChangesNothing');

/** Kinds whose refusals are not the operation's own answer to its input (throttling, a client's traffic). */
const NOT_REFUSALS = new Set(['rate-limit', 'client']);

/**
 * The refusal rules a test that checks `ids` also checks: for each rule that expects an error
 * answer of an operation with a RefusalChangesNothing rule, that rule. A test registered for an
 * error, parameter, quota or idempotence-mismatch rule of CreateCustomImage, say, watches what its
 * refused calls leave behind (harness/effects/watchRefusal.ts) and is named after that rule too,
 * so that `run --rule` finds it.
 */
export function impliedRefusalRules(rules: ReadonlyMap<string, Rule>, ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const rule = rules.get(id);
    if (!rule || rule.observe.outcome !== 'error' || NOT_REFUSALS.has(rule.kind)) continue;
    for (const op of rule.operation ? [rule.operation] : rule.operations) {
      const implied = refusalRuleId(op);
      if (rules.has(implied) && !ids.includes(implied) && !out.includes(implied)) out.push(implied);
    }
  }
  return out;
}
