import { describe } from 'vitest';
import { conformance, dropEcsImage, type RuleTest } from '../harness/index.js';
import type { Rule } from '../spec/index.js';
import { harmlessCall } from './rate-limits/harmlessCall.js';
import { judgeRateLimit } from './rate-limits/judgeRateLimit.js';

// Documented call rates (limits.qps): limit + 1 calls inside the window, the extra one throttled;
// after the window calls succeed again. Windows are scaled by the suite's time scale (c.timeScale).
// Only with rate-limit tests on (always on emulators; --rate-limit-tests on other targets).
const c = conformance();
const THROTTLING = 'acs.protocol.ThrottlingCode';
const rules = c.spec.rules.filter((r) => r.kind === 'rate-limit');

function notRunnable(): string | undefined {
  if (!c.config.rateLimitTests) return 'rate-limit tests are off for this target (run with --rate-limit-tests)';
  if (c.profile.rateLimits?.enforced === false) return 'the profile says the target does not enforce rate limits (rateLimits.enforced is false)';
  return undefined;
}

async function check(t: RuleTest, rule: Rule): Promise<void> {
  const call = await harmlessCall(t, rule.operation ?? '', c.config.allowMutations);
  if (!call) return t.unknown(rule.id, `no harmless call is known for ${rule.operation}`);
  try {
    const windowMs = Number(rule.limit?.['perSeconds']) * 1000 * c.timeScale;
    await judgeRateLimit(t, rule, call, windowMs);
  } finally {
    await dropEcsImage(t, call.ecsImageId);
  }
}

describe('rate-limits', () => {
  // Operations have windows of their own: the small ones run side by side, the large ones alone.
  const small = rules.filter((r) => Number(r.limit?.['calls']) <= 100);
  const large = rules.filter((r) => Number(r.limit?.['calls']) > 100);
  for (const group of [small, large]) {
    if (!group.length) continue;
    c.rule([...group.map((r) => r.id), THROTTLING], async (t) => {
      const why = notRunnable();
      if (why) {
        for (const r of group) t.skip(r.id, why);
        return t.skip(THROTTLING, why);
      }
      await Promise.all(group.map((r) => check(t, r)));
    }, { timeout: 600_000 });
  }
});
