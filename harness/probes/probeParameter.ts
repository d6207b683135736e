import { constraintsOf, type OperationSpec, type Parameter, type Rule } from '../../spec/index.js';
import type { RuleTest } from '../conformance/RuleTest.js';
import { TransportError } from '../client/send.js';
import { OutsideBudget } from '../errors/OutsideBudget.js';
import { ToolError } from '../errors/ToolError.js';
import { BaseRequests } from './BaseRequests.js';
import { listShape } from './listShape.js';
import { MissingState } from './MissingState.js';
import { probeCases } from './probeCases.js';
import { probeBase } from './baseValues.js';
import { sendProbe } from './sendProbe.js';
import type { SharedResources } from './SharedResources.js';

/**
 * Probes the derived rules of one parameter of an operation at their boundaries: the operation's
 * valid base request with the parameter replaced by each probe value (see probeCases). A rule
 * whose probes need a state the target lacks is skipped with the reason. What the probes and base
 * requests created is deleted before returning, but for the resources of `shared` (SharedResources).
 * A test that checks each rule once (`t.once`) sends each rule's first value the rule says is refused, and no acceptance probe.
 */
export async function probeParameter(t: RuleTest, op: OperationSpec, parameter: Parameter, rules: Rule[], seed: number, shared?: SharedResources): Promise<void> {
  const base = new BaseRequests(t, op, shared);
  const refs = constraintsOf(parameter);
  let broken: unknown;
  try {
    for (const rule of rules) {
      const ref = refs.find((r) => r.constraint === rule.constraint && r.field === rule.field);
      if (!ref || rule.param !== parameter.name) throw new Error(`suite bug: ${rule.id} is not a rule of ${op.operation}.${parameter.name}`);
      try {
        const name = probeBase(base, parameter.name);
        const cases = probeCases(parameter, ref, { seed, ...(await listShape(base, parameter.name)), ...(name !== undefined && { base: name }) });
        // Once (a budget's first pass): the value the rule says is refused; the other boundary values are repetitions.
        for (const probe of t.once ? [cases.find((p) => !p.valid) ?? cases[0]].filter((p) => p !== undefined) : cases) await sendProbe(t, base, rule, parameter, probe);
      } catch (error) {
        if (error instanceof MissingState) t.skip(rule.id, error.message);
        else if (error instanceof ToolError || error instanceof TransportError || error instanceof OutsideBudget) throw error;
        else {
          // A bug of the generator or the suite: the rule is undecided, the other rules still run, the test fails.
          t.unknown(rule.id, `the probes could not run: ${(error as Error).message}`);
          broken ??= error;
        }
      }
    }
  } finally {
    await base.close();
  }
  if (broken) throw broken;
}
