import { OutsideBudget, type RuleTest } from '../../harness/index.js';

interface SdkError { code?: unknown; statusCode?: unknown; name?: unknown; message?: unknown }

/**
 * Judges an error rule on a call made through an official client: the call must reject with the
 * SDK's error whose `code` and `statusCode` are the rule's documented code and status. A throttled
 * call or an error that is not the SDK's leaves the rule unknown; a call the run's budget did not
 * let be sent (OutsideBudget) is thrown on.
 */
export async function sdkRefusal(t: RuleTest, ruleId: string, call: Promise<unknown>): Promise<void> {
  const { observe } = t.rule(ruleId);
  const documented = `the SDK rejects with ${String(observe.code)} (statusCode ${String(observe.httpStatus)})`;
  let error: SdkError;
  try {
    await call;
    t.check(ruleId, false, documented, 'the call succeeded', []);
    return;
  } catch (e) {
    // Not sent: the run's budget has no create left (the test's rules are skipped as outside it).
    if (e instanceof OutsideBudget) throw e;
    error = (e ?? {}) as SdkError;
  }
  const { code, statusCode } = error;
  if (typeof code !== 'string') return t.unknown(ruleId, `the SDK failed without an error code: ${String(error.message ?? error)}`);
  if (code.includes('Throttling')) return t.unknown(ruleId, `throttled (${code}); not a conformance verdict`);
  t.check(ruleId, code === observe.code && statusCode === observe.httpStatus, documented, `${String(error.name ?? 'error')} ${code} (statusCode ${String(statusCode)})`, []);
}
