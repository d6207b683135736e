import type { CallOptions, CallResult } from '../client/Client.js';
import type { ParamValue } from '../protocol/index.js';
import type { JudgeOptions, RuleTest } from './RuleTest.js';
import { createdBy, releaseResource } from '../probes/releaseResource.js';

/**
 * `t.probe` for a call that changes state when the target accepts it (a create, a share, a
 * delete): sends it once and judges the answer against the error rule. A mismatching refusal is
 * re-sent once, like `probe` does, to tell a flaky endpoint from a wrong code; an accepted call is
 * judged as it is and never re-sent, since the re-send would meet the state the first one changed
 * (one image more, an account already added) and could be refused for that other reason. What
 * an accepted create made is deleted at once; the ledger names the rule whose probe made it.
 */
export async function probeRefusal(t: RuleTest, ruleId: string, product: 'swas' | 'ecs', action: string,
  params: Record<string, ParamValue>, opts: CallOptions = {}, judging: JudgeOptions = {}): Promise<CallResult> {
  const send = () => t.call(product, action, params, { ...opts, retry: false, refusalOf: ruleId });
  const first = await send();
  await t.expectAnswer(ruleId, first, first.status >= 200 && first.status < 300 ? undefined : send, judging);
  const made = first.status === 200 ? createdBy(product, action, first.body) : undefined;
  if (made) await releaseResource(t, made.kind, made.id);
  return first;
}
