import { getSpec, type OperationSpec } from '../../spec/index.js';
import type { ReportRule } from './Report.js';

export interface OperationGroup {
  /** `swas.CreateCustomImage`, or the product (`swas`, `ecs`, `acs`) for cross-operation rules. */
  name: string;
  role: 'central' | 'support' | 'cross-operation';
  rules: ReportRule[];
}

type OperationRef = Pick<OperationSpec, 'product' | 'operation' | 'role'>;

/**
 * The report's rules grouped by operation, in reading order: the central operations, then the
 * support ones (both in catalogue order, each listed even without rules), then operations the
 * catalogue does not know, then the cross-operation rules per product.
 */
export function operationGroups(rules: readonly ReportRule[], operations: readonly OperationRef[] = getSpec().operations): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  for (const role of ['central', 'support'] as const) {
    for (const o of operations) if (o.role === role) groups.set(`${o.product}.${o.operation}`, { name: `${o.product}.${o.operation}`, role, rules: [] });
  }
  const cross: OperationGroup[] = [];
  for (const rule of rules) {
    const key = rule.operation ?? rule.product;
    let group = groups.get(key) ?? cross.find((g) => g.name === key);
    if (!group) {
      group = { name: key, role: rule.operation ? 'support' : 'cross-operation', rules: [] };
      if (rule.operation) groups.set(key, group);
      else cross.push(group);
    }
    group.rules.push(rule);
  }
  return [...groups.values(), ...cross];
}
