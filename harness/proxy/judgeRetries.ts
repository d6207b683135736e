import type { Rule } from '../../spec/index.js';
import type { LogicalCall } from './groupAttempts.js';
import type { ReadExchange } from './readExchange.js';
import type { Check } from './RuleTally.js';

const ms = (x: number) => `${Math.round(x)} ms`;

/** Ids the upstream created for a call: the *Id fields of its successful answers, also those the client never saw. */
function createdIds(attempts: readonly ReadExchange[]): string[] {
  const ids = new Set<string>();
  for (const a of attempts) {
    if (!a.ex.upstream || a.ex.upstream.status >= 300) continue;
    try {
      const body = JSON.parse(a.ex.upstream.body.toString('utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(body)) if (k !== 'RequestId' && /Id$/.test(k) && typeof v === 'string') ids.add(v);
    } catch { /* not JSON: nothing created that we can see */ }
  }
  return [...ids];
}

/**
 * The behaviour rules judged from logical calls: RetryAfterThrottling, RetryBackoff,
 * NoRetryOnClientError, RetrySameClientToken (creates only) and RetryBounded. A call gives a check
 * only for a rule its attempts exercise (a throttled answer, a client error, a retry).
 */
export function judgeRetries(calls: readonly LogicalCall[], rules: ReadonlyMap<string, Rule>): Check[] {
  const minPause = Number(rules.get('acs.client.RetryBackoff')?.limit?.['minPauseMs'] ?? 50);
  const maxAttempts = Number(rules.get('acs.client.RetryBounded')?.limit?.['maxAttempts'] ?? 6);
  const checks: Check[] = [];
  for (const { attempts } of calls) {
    const n = attempts.length;
    const first = attempts[0]!;
    const name = first.op ? `${first.op.product}.${first.op.operation}` : `${first.product}.${first.decoded?.action ?? '?'}`;
    const indexes = attempts.map((a) => a.ex.index);
    const add = (ruleId: string, ok: boolean, detail: string, expected: string) =>
      checks.push({ ruleId, ok, detail: `${name}: ${detail}`, exchanges: indexes, ...(first.op && { operation: name }), ...(!ok && { expected }) });

    const throttled = attempts.findIndex((a) => a.outcome === 'throttled');
    if (throttled >= 0) add('acs.client.RetryAfterThrottling', throttled < n - 1, throttled < n - 1 ? `throttled at attempt ${throttled + 1}, tried again (${n} attempts)` : `throttled at attempt ${throttled + 1} of ${n}, never tried again`, 'another attempt after the throttled one');
    const pauses = attempts.slice(0, -1).flatMap((a, i) => (a.outcome === 'throttled' ? [attempts[i + 1]!.ex.startedAt - a.ex.endedAt] : []));
    if (pauses.length) {
      const tooShort = pauses.filter((p) => p < minPause);
      const grows = pauses.length < 2 || pauses.at(-1)! > pauses[0]!;
      add('acs.client.RetryBackoff', !tooShort.length && grows, `pauses after throttling ${pauses.map(ms).join(', ')}${tooShort.length ? ` (${tooShort.length} under ${minPause} ms)` : ''}${grows ? '' : ' (not growing)'}`, `pauses of at least ${minPause} ms, the last longer than the first`);
    }
    const refused = attempts.findIndex((a) => a.outcome === 'client-error');
    if (refused >= 0) add('acs.client.NoRetryOnClientError', refused === n - 1, refused === n - 1 ? `client error ${attempts[refused]!.code ?? ''} not retried` : `client error ${attempts[refused]!.code ?? ''} at attempt ${refused + 1}, sent again ${n - 1 - refused} time(s)`, 'no attempt after a 4xx that is not throttling');
    if (n < 2) continue;
    add('acs.client.RetryBounded', n <= maxAttempts, `${n} attempts`, `at most ${maxAttempts} attempts`);
    if (first.op?.effect === 'create' && first.op.clientToken) {
      const tokens = attempts.map((a) => a.decoded?.params['ClientToken'] ?? '');
      const distinct = [...new Set(tokens)];
      const ids = createdIds(attempts);
      const made = `the upstream created ${ids.length} resource${ids.length === 1 ? '' : 's'}${ids.length ? ` (${ids.join(', ')})` : ''}`;
      const ok = distinct.length === 1 && distinct[0] !== '';
      const what = ok ? `${n} attempts with one ClientToken` : tokens.every((t) => t === '') ? `${n} attempts without ClientToken` : `${n} attempts with ${distinct.length} different ClientTokens${tokens.includes('') ? ' (some without)' : ''}`;
      add('acs.client.RetrySameClientToken', ok, `${what}; ${made}`, 'the same ClientToken in every attempt');
    }
  }
  return checks;
}
