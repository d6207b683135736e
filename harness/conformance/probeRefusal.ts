import type { CallOptions, CallResult } from '../client/Client.js';
import { watchRefusal } from '../effects/watchRefusal.js';
import type { ParamValue } from '../protocol/index.js';
import type { JudgeOptions, RuleTest } from './RuleTest.js';
import { createdBy, releaseResource } from '../probes/releaseResource.js';

/**
 * `t.probe` for a call that changes state when the target accepts it (a create, a share, a
 * delete): sends it once and judges the answer against the error rule. A mismatching refusal is
 * re-sent once, like `probe` does, to tell a flaky endpoint from a wrong code; an accepted call is
 * judged as it is and never re-sent, since the re-send would meet the state the first one changed
 * (one image more, an account already added) and could be refused for that other reason. When the
 * test checks the operation's RefusalChangesNothing rule, what the call could touch is watched.
 * What an accepted create made is deleted at once; the ledger names the rule whose probe made it.
 */
export async function probeRefusal(t: RuleTest, ruleId: string, product: 'swas' | 'ecs', action: string,
  params: Record<string, ParamValue>, opts: CallOptions = {}, judging: JudgeOptions = {}): Promise<CallResult> {
  const send = () => t.call(product, action, params, { ...opts, retry: false, refusalOf: ruleId });
  const first = await watchRefusal(t, product, action, params, async () => {
    const answer = await send();
    await t.expectAnswer(ruleId, answer, answer.status >= 200 && answer.status < 300 ? undefined : send, judging);
    return answer;
  }, opts.as);
  const made = first.status === 200 ? createdBy(product, action, first.body) : undefined;
  if (made) await releaseResource(t, made.kind, made.id);
  return first;
}
