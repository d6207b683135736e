import type { Spec } from '../../spec/index.js';
import { UsageError } from '../errors/ToolError.js';

/** `run --rule ID`: each id names a rule of the catalogue that a run judges (client rules are the proxy's). */
export function checkRunRules(spec: Spec, ids: readonly string[]): void {
  for (const id of ids) {
    const rule = spec.rules.find((r) => r.id === id);
    if (!rule) throw new UsageError(`run: unknown rule '${id}' (see acs-conformance spec rules)`);
    if (rule.kind === 'client') throw new UsageError(`run: '${id}' is a client rule, judged from a client's traffic by acs-conformance proxy, not by run`);
  }
}
