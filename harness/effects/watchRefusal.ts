import type { RuleTest } from '../conformance/RuleTest.js';
import type { ParamValue } from '../protocol/index.js';
import { waitBooked } from '../run/timeAccount.js';
import { isThrottled } from '../verdicts/judgeAnswer.js';
import type { Exchange } from '../verdicts/Verdict.js';
import { describeState, EMPTY, footprintChanges, type FootprintPart, type FootprintState } from './Footprint.js';
import type { As } from './listAll.js';
import { refusalFootprint } from './refusalFootprints.js';
import { refusalRuleId } from './refusalRules.js';

/** The last reading of each part per test, and how many exchanges the test had made then. */
const readings = new WeakMap<RuleTest, Map<string, { at: number; state: FootprintState }>>();
const refusal = (e: Exchange) => e.status >= 400 && e.status < 500 && !isThrottled(e);
const codeOf = (e: Exchange) => String((e.body as Record<string, unknown> | undefined)?.['Code'] ?? '');

async function readBefore(t: RuleTest, part: FootprintPart): Promise<FootprintState | undefined> {
  if (part.knownEmpty) return EMPTY;
  // Reused when the test made no call since that reading (probes sent one after another).
  const last = readings.get(t)?.get(part.key);
  return last && last.at === t.exchanges.length ? last.state : t.observe(() => part.read());
}

/**
 * Runs `act`, which sends a call of `product.action` with `params` that the test expects to be
 * refused (and judges its answer), and checks the operation's RefusalChangesNothing rule: what the
 * call could touch (refusalFootprints.ts) is read before it and after it, and must be the same.
 * Only when the test checks that rule (Conformance names it after it) and only when every such
 * call `act` sent was refused with a 4xx answer; an accepted call or a 5xx is not judged. The
 * profile's `polling.refusalWatchMs` (default: one interval, at most the settle timeout) is how
 * long a late change is waited for: the first reading after comes at the end of that window or of
 * one interval, whichever is sooner, then one every interval while the window lasts and nothing
 * changed. Calls added per refusal: one read per part before (none for a fresh name, none when
 * the previous probe's reading still holds) and one per part and reading after.
 */
export async function watchRefusal<T>(t: RuleTest, product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>,
  act: () => Promise<T>, as: As = 'main'): Promise<T> {
  const op = `${product}.${action}`;
  const ruleId = refusalRuleId(op);
  if (!t.refusalRules.has(ruleId)) return act();
  const parts = refusalFootprint(t, op, params, as);
  const before: FootprintState[] = [];
  for (const part of parts) {
    const s = await readBefore(t, part);
    if (!s) return act();
    before.push(s);
  }
  const start = t.exchanges.length;
  const result = await act();
  const sent = t.exchanges.slice(start).filter((e) => e.product === product && e.action === action);
  const live = parts.map((part, i) => ({ part, before: before[i]! })).filter((x) => x.before.exists);
  if (!sent.length || !sent.every(refusal) || !live.length) return result;

  const { intervalMs, settleTimeoutMs, refusalWatchMs } = t.profile.polling ?? { intervalMs: 1000, settleTimeoutMs: 120_000 };
  const window = Math.min(settleTimeoutMs, refusalWatchMs ?? intervalMs);
  const answered = Date.now();
  let changes: string[] = [];
  let after: FootprintState[] = [];
  let pause = Math.min(intervalMs, window);
  do {
    await waitBooked('pollingMs', pause);
    pause = intervalMs;
    after = [];
    for (const { part } of live) {
      const s = await t.observe(() => part.read());
      if (!s) {
        t.unknown(ruleId, `could not read ${part.what} after the refused call`);
        return result;
      }
      after.push(s);
    }
    changes = live.flatMap(({ part, before: b }, i) => footprintChanges(b, after[i]!, part.additionsOnly).map((c) => `${part.what}: ${c}`));
  } while (!changes.length && Date.now() - answered + pause <= window);

  const mine = readings.get(t) ?? new Map<string, { at: number; state: FootprintState }>();
  readings.set(t, mine);
  live.forEach(({ part }, i) => mine.set(part.key, { at: t.exchanges.length, state: after[i]! }));
  const last = sent.at(-1)!;
  const said = `HTTP ${last.status} ${codeOf(last)}`.trim();
  t.check(ruleId, changes.length === 0,
    `the refused call (${said}) changes nothing: ${live.map(({ part, before: b }) => `${part.what}: ${describeState(b)}`).join('; ')}`,
    changes.join('; '), t.exchanges.slice(start));
  return result;
}
