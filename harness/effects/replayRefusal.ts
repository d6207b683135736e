import type { Rule, Spec } from '../../spec/index.js';
import type { Client } from '../client/Client.js';
import { RuleTest } from '../conformance/RuleTest.js';
import { ToolError } from '../errors/ToolError.js';
import type { Polling } from '../replay/pollStep.js';
import type { ReplayIds } from '../replay/ReplayIds.js';
import { replaySetup } from '../replay/replaySteps.js';
import type { SetupStep } from '../replay/SetupStep.js';
import { runPrefix } from '../safety/sweepEntries.js';
import type { Profile } from '../targets/Profile.js';
import { watchRefusal } from './watchRefusal.js';

/**
 * The replay of a RefusalChangesNothing case: the steps before the refused call re-create its
 * setup, then the refused call is sent again under the same watch as in the run (what it could
 * touch, read before and after). `passes now` when it is refused and changes nothing, `still
 * fails` when it is refused and changes something again, `fails differently` when it is no
 * longer refused (nothing to judge).
 */
export async function replayRefusal(client: Client, spec: Spec, profile: Profile, rule: Rule, steps: readonly SetupStep[], ids: ReplayIds,
  polling: Polling, runId: string, where: string): Promise<{ line: string; code: 0 | 1 }> {
  const at = steps.map((s) => `${s.product}.${s.action}`).lastIndexOf(rule.operation ?? '');
  if (at < 0) throw new ToolError(`replay: the case of ${rule.id} holds no ${rule.operation} call to send again`);
  // A refusal re-sent once in the run (a mismatching code) is one refusal here.
  const first = steps.findIndex((s, i) => i <= at && s.product === steps[at]!.product && s.action === steps[at]!.action
    && JSON.stringify(s.params) === JSON.stringify(steps[at]!.params));
  await replaySetup(client, steps.slice(0, first), ids, polling, steps.length);
  const step = steps[at]!;
  const t = new RuleTest(spec, client, profile, runPrefix(runId), new Map(spec.rules.map((r) => [r.id, r])));
  t.refusalRules.add(rule.id);
  const params = { RegionId: undefined, ...ids.params(step.params) };
  const answer = await watchRefusal(t, step.product as 'swas' | 'ecs', step.action, params, () => t.call(step.product as 'swas' | 'ecs', step.action, params, {
    signature: step.signature, retry: false, ...(step.as && { as: step.as }),
  }), step.as ?? 'main');
  const seen = t.observations.find((o) => o.ruleId === rule.id);
  if (!seen) return { line: `${rule.id} on ${where}: fails differently (the call is no longer refused: HTTP ${answer.status}; recorded HTTP ${step.status}${step.code ? ` ${step.code}` : ''})`, code: 1 };
  if (seen.verdict === 'pass') return { line: `${rule.id} on ${where}: passes now (${seen.reason})`, code: 0 };
  if (seen.verdict === 'unknown') throw new ToolError(`replay: ${seen.reason}`);
  return { line: `${rule.id} on ${where}: still fails (documented ${seen.documented}, received ${seen.received})`, code: 1 };
}
