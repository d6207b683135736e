import type { Parameter, Rule } from '../../spec/index.js';
import type { CallResult } from '../client/Client.js';
import { watchRefusal } from '../effects/watchRefusal.js';
import type { ParamValue } from '../protocol/index.js';
import type { RuleTest } from '../conformance/RuleTest.js';
import { describeExpected, isThrottled, judgeAnswer } from '../verdicts/judgeAnswer.js';
import type { BaseRequests } from './BaseRequests.js';
import { fillValue } from './listShape.js';
import type { ProbeCase } from './ProbeCase.js';
import { dryRunFor } from './dryRunFor.js';

/** Puts the probe's words in front of the reason of the observation just recorded for the rule. */
function label(t: RuleTest, ruleId: string, words: string): void {
  const o = t.observations.at(-1);
  if (o?.ruleId === ruleId) o.reason = `${words}: ${o.reason}`;
}

/**
 * Sends the base request with the parameter replaced by one probe value and judges the answer. An
 * invalid probe must get the rule's error (or, for an `ignored` rule, succeed); a mismatch is sent
 * again once (flaky, not failing, if the second answer matches). A valid probe must not be
 * refused with the rule's error: for a rule that names only a status class, not with any 4xx.
 * An invalid probe the operation's dry run is documented to check goes with DryRun=true
 * (dryRunFor); one the target wrongly accepts has what it created deleted at once, and the
 * ledger names the rule whose probe made it.
 */
export async function sendProbe(t: RuleTest, base: BaseRequests, rule: Rule, parameter: Parameter, probe: ProbeCase): Promise<void> {
  const { product, operation } = base.op;
  const request = async () => {
    // A refusal the operation's dry run is documented to check first goes as a dry run: it cannot change anything.
    const params = { ...await base.request(), ...(!probe.valid && dryRunFor(base.op, rule)) };
    // undefined leaves the parameter out, also RegionId (which the client fills in otherwise).
    params[parameter.name] = probe.value === undefined ? undefined : await fillValue(base, probe.value);
    return params;
  };
  const send = async (retry: boolean, params?: Record<string, ParamValue>): Promise<CallResult> => {
    const r = await t.call(product, operation, params ?? await request(), { retry, ...(!probe.valid && { refusalOf: rule.id }) });
    await base.after(r);
    return r;
  };
  if (!probe.valid) {
    // A refusal changes nothing: what the first request could touch is watched (a re-send gets fresh names).
    const params = await request();
    const refusal = rule.observe.outcome === 'error';
    const judge = async () => {
      await t.expectAnswer(rule.id, await send(false, params), refusal ? () => send(false) : undefined);
      label(t, rule.id, probe.label);
    };
    return refusal ? watchRefusal(t, product, operation, params, judge) : judge();
  }
  const r = await send(true);
  const received = judgeAnswer(rule, r).received;
  if (isThrottled(r)) {
    t.unknown(rule.id, `throttled (${received}); not a conformance verdict`);
    return label(t, rule.id, probe.label);
  }
  const ok = rule.observe.outcome === 'error' ? !judgeAnswer(rule, r).matches : r.status === 200;
  const documented = rule.observe.outcome === 'error' ? `it is accepted (not refused with ${describeExpected(rule.observe)})` : 'it succeeds (HTTP 200)';
  t.check(rule.id, ok, documented, received, [r.exchange]);
  label(t, rule.id, probe.label);
}
