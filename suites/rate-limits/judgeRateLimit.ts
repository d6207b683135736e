import type { CallResult, RuleTest } from '../../harness/index.js';
import type { Rule } from '../../spec/index.js';
import { answerOf } from '../support/answerOf.js';
import type { HarmlessCall } from './harmlessCall.js';

const ATTEMPTS = 4;

interface Burst { answers: CallResult[]; normal: string; elapsed: number }

/**
 * Once `quiet` ms have passed since this test last called the operation (a fresh window, as far
 * as its own calls go), limit + 1 calls without pacing or retry: one after another for small
 * limits, 64 at a time for large ones.
 */
async function burst(t: RuleTest, send: () => Promise<CallResult>, limit: number, quiet: number, action: string): Promise<Burst> {
  const last = t.exchanges.filter((e) => e.action === action).reduce((m, e) => Math.max(m, e.endedAt), 0);
  await t.waitOut(last ? last + quiet - Date.now() : 0);
  const first = await send();
  const answers: CallResult[] = [first];
  let next = 1;
  const worker = async () => { while (next <= limit) { next++; answers.push(await send()); } };
  await Promise.all(Array.from({ length: limit > 100 ? 64 : 1 }, worker));
  return { answers, normal: answerOf(first), elapsed: Math.max(...answers.map((a) => a.exchange.endedAt)) - first.exchange.startedAt };
}

/**
 * Checks one `<p>.<Op>.rate-limit.qps` rule: limit + 1 harmless calls inside the window; all answer
 * like the first but one, which must be throttled (a code containing Throttling, also judged
 * against acs.protocol.ThrottlingCode); one window later a call answers like the first again. A
 * burst slower than the window is sent again (the first warms connections up); if none fits the
 * window the rule stays unknown.
 */
export async function judgeRateLimit(t: RuleTest, rule: Rule, call: HarmlessCall, windowMs: number): Promise<void> {
  const limit = Number(rule.limit?.['calls']);
  const [product, action] = (rule.operation ?? '').split('.') as ['swas' | 'ecs', string];
  const send = () => t.call(product, action, call.params, { pace: false, retry: false });
  const quiet = windowMs + Math.max(50, windowMs * 0.1);
  let b = await burst(t, send, limit, quiet, action);
  let fastest = b.elapsed;
  for (let n = 1; n < ATTEMPTS && b.elapsed > windowMs && b.answers.every((a) => answerOf(a) === b.normal); n++) {
    b = await burst(t, send, limit, quiet, action);
    fastest = Math.min(fastest, b.elapsed);
  }
  const { answers, normal, elapsed } = b;
  const odd = answers.filter((a) => answerOf(a) !== normal);
  const how = `${limit + 1} calls (${call.what}, ${normal}) in ${elapsed} ms`;

  if (normal.includes('Throttling')) return t.unknown(rule.id, `the first call was throttled after a quiet window of ${quiet} ms (${normal}): other traffic shares the window`);
  if (odd.some((a) => a.status >= 500)) return t.unknown(rule.id, `${how}: server errors during the burst (${odd.filter((a) => a.status >= 500).map(answerOf)[0]})`);
  if (odd.length > 1) return t.unknown(rule.id, `${how}: ${odd.length} answered otherwise (${answerOf(odd[0]!)}), more than the one call beyond ${limit}: other traffic shares the window or the limit is lower`);
  if (odd.length === 0 && elapsed > windowMs) return t.unknown(rule.id, `${how}, ${fastest} ms at best in ${ATTEMPTS} tries: longer than the ${windowMs} ms window, so none had to be throttled`);
  if (odd[0]) {
    await t.expectAnswer(rule.id, odd[0]);
    await t.expectAnswer('acs.protocol.ThrottlingCode', odd[0]);
  } else {
    t.check(rule.id, false, `call ${limit + 1} inside the ${windowMs} ms window throttled (a code containing Throttling)`, `${how}: all answered ${normal}`, [answers[answers.length - 1]!.exchange]);
  }

  await t.waitOut(quiet);
  const again = await send();
  t.check(rule.id, answerOf(again) === normal, `${quiet} ms after the burst (window ${windowMs} ms) a call answers like the first (${normal})`, answerOf(again), [again.exchange]);
}
