import { describe } from 'vitest';
import { checkResponse, conformance, probeParameter, SharedResources } from '../harness/index.js';

// Generated from the spec, not written per operation: for every operation, its valid base request
// answers a body matching the response schema; for every parameter, each derived constraint rule
// is probed at its boundaries (harness/probes). One test per parameter keeps a run fast. The
// tests of an operation share the resources its requests need (one custom image, ECS image or
// snapshot per operation, made by the first test that needs it and deleted after the last that
// runs, or again after a successful delete consumed it): a create's accepted probes still make one
// each, as the documentation gives no way to check a create without making it (CreateImage lists
// DryRun without saying what it checks), and each is deleted at once.
const c = conformance();
const timeout = c.isCloud ? 3_600_000 : 120_000;
const NO_MUTATIONS = 'the operation changes the account and mutations are not allowed on this target (--allow-mutations)';

describe('schema', () => {
  for (const op of c.spec.operations) {
    const key = `${op.product}.${op.operation}`;
    const mutates = op.effect !== 'read';
    describe(key, () => {
      const shared = new SharedResources(key, true);
      const options = { timeout, lastInBlock: shared.release.bind(shared) };
      // A deadline may stop the block before its last test: what is still held goes then.
      c.afterBlock((t) => shared.release(t));
      const responses = c.spec.rules.filter((r) => r.kind === 'response' && r.operation === key).map((r) => r.id);
      c.rule(responses, async (t) => {
        if (mutates && !c.config.allowMutations) return responses.forEach((id) => t.skip(id, NO_MUTATIONS));
        await checkResponse(t, op, responses, shared);
      }, options);

      for (const parameter of op.parameters) {
        const rules = c.spec.rules.filter((r) => r.origin === 'param' && r.operation === key && r.param === parameter.name);
        if (!rules.length) continue;
        c.rule(rules.map((r) => r.id), async (t) => {
          const reachable = rules.filter((r) => !c.unreachable(r));
          if (mutates && !c.config.allowMutations) return reachable.forEach((r) => t.skip(r.id, NO_MUTATIONS));
          await probeParameter(t, op, parameter, reachable, c.config.seed, shared);
        }, options);
      }
    });
  }
});
