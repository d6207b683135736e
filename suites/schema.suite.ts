import { describe } from 'vitest';
import { checkResponse, conformance, probeParameter } from '../harness/index.js';

// Generated from the spec, not written per operation: for every operation, its valid base request
// answers a body matching the response schema; for every parameter, each derived constraint rule
// is probed at its boundaries (harness/probes). One test per parameter keeps a run fast.
const c = conformance();
const options = { timeout: c.isCloud ? 3_600_000 : 120_000 };
const NO_MUTATIONS = 'the operation changes the account and mutations are not allowed on this target (--allow-mutations)';

describe('schema', () => {
  for (const op of c.spec.operations) {
    const key = `${op.product}.${op.operation}`;
    const mutates = op.effect !== 'read';
    describe(key, () => {
      const responses = c.spec.rules.filter((r) => r.kind === 'response' && r.operation === key).map((r) => r.id);
      c.rule(responses, async (t) => {
        if (mutates && !c.config.allowMutations) return responses.forEach((id) => t.skip(id, NO_MUTATIONS));
        await checkResponse(t, op, responses);
      }, options);

      for (const parameter of op.parameters) {
        const rules = c.spec.rules.filter((r) => r.origin === 'param' && r.operation === key && r.param === parameter.name);
        if (!rules.length) continue;
        c.rule(rules.map((r) => r.id), async (t) => {
          const reachable = rules.filter((r) => !c.unreachable(r));
          if (mutates && !c.config.allowMutations) return reachable.forEach((r) => t.skip(r.id, NO_MUTATIONS));
          await probeParameter(t, op, parameter, reachable, c.config.seed);
        }, options);
      }
    });
  }
});
