import type { RuleTest } from '../../harness/index.js';

/** The values the spec documents for a parameter (its schema's enum), in the spec's order. */
export function specEnum(t: RuleTest, product: 'swas' | 'ecs', operation: string, parameter: string): string[] {
  const op = t.spec.operations.find((o) => o.product === product && o.operation === operation);
  const schema = op?.parameters.find((p) => p.name === parameter)?.schema as { enum?: unknown[] } | undefined;
  return (schema?.enum ?? []).map(String);
}
