import type { Rule } from '../../spec/index.js';

/** Why a test that would change resources does not run where mutations are not allowed. */
export const MUTATIONS_OFF = 'changes resources, and mutations are not allowed on this target (run with --allow-mutations)';

/** Why a rule cannot be checked on a target (the real cloud, or not), if it cannot: the catalogue's reachability. */
export function unreachableReason(rule: Rule, isCloud: boolean): string | undefined {
  if (rule.reachability === 'untriggerable') return `not triggerable: ${rule.reachabilityReason ?? 'no input causes it'}`;
  if (rule.reachability === 'cloud-only' && !isCloud) return `reachable only on the real cloud: ${rule.reachabilityReason ?? ''}`.trim();
  return undefined;
}
