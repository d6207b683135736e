import type { OperationSpec, Rule } from '../../spec/index.js';

/** The check of a dry run a rule is: a required parameter left out. (Credentials and permissions are not probed per operation.) */
const CHECK: Record<string, 'required'> = { required: 'required' };

/**
 * The DryRun parameter to send with a refusal probe of `rule`, when the operation documents that a
 * dry run makes this check before its answer (the parameter's `dryRun`): the probe then cannot
 * change anything even if the target accepts it, and must still be refused as the rule says.
 * Where the documentation lists DryRun without saying what it checks, nothing is added.
 */
export function dryRunFor(op: OperationSpec, rule: Rule): Record<string, boolean> {
  const check = rule.constraint === undefined ? undefined : CHECK[rule.constraint];
  const p = op.parameters.find((x) => x.dryRun);
  return check && p?.dryRun?.checks.includes(check) ? { [p.name]: true } : {};
}
