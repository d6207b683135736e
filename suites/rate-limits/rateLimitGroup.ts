import { dropEcsImage, type Conformance, type RuleTest } from '../../harness/index.js';
import type { Rule } from '../../spec/index.js';
import { harmlessCall } from './harmlessCall.js';
import { judgeRateLimit } from './judgeRateLimit.js';

const THROTTLING = 'acs.protocol.ThrottlingCode';

function notRunnable(c: Conformance): string | undefined {
  if (!c.config.rateLimitTests) return 'rate-limit tests are off for this target (run with --rate-limit-tests)';
  if (c.profile.rateLimits?.enforced === false) return 'the profile says the target does not enforce rate limits (rateLimits.enforced is false)';
  return undefined;
}

async function check(c: Conformance, t: RuleTest, rule: Rule): Promise<void> {
  const call = await harmlessCall(t, rule.operation ?? '', c.config.allowMutations);
  if (!call) return t.unknown(rule.id, `no harmless call is known for ${rule.operation}`);
  try {
    const windowMs = Number(rule.limit?.['perSeconds']) * 1000 * c.timeScale;
    await judgeRateLimit(t, rule, call, windowMs);
  } finally {
    await dropEcsImage(t, call.ecsImageId);
  }
}

/**
 * The documented call rates (limits.qps) of one product's operations, as one test: limit + 1
 * calls inside the window, the extra one throttled (also judged against acs.protocol.ThrottlingCode);
 * after the window calls succeed again. The operations have windows of their own, so they run
 * side by side. Windows are scaled by the suite's time scale (c.timeScale): the products' limits
 * differ a hundredfold, so each product is a suite of its own and the harness can give each the
 * clock its limit needs.
 */
export function rateLimitGroup(c: Conformance, product: 'swas' | 'ecs'): void {
  const group = c.spec.rules.filter((r) => r.kind === 'rate-limit' && r.product === product);
  if (!group.length) return;
  c.rule([...group.map((r) => r.id), THROTTLING], async (t) => {
    const why = notRunnable(c);
    if (why) {
      for (const r of group) t.skip(r.id, why);
      return t.skip(THROTTLING, why);
    }
    await Promise.all(group.map((r) => check(c, t, r)));
  }, { timeout: 600_000 });
}
