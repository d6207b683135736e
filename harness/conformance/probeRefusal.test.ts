import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { CallResult, Client } from '../client/Client.js';
import type { Profile } from '../targets/Profile.js';
import { probeRefusal } from './probeRefusal.js';
import { RuleTest } from './RuleTest.js';

const spec = getSpec();
const rules = new Map(spec.rules.map((r) => [r.id, r]));
const profile = { name: 'test', region: 'cn-hangzhou', endpoints: { swas: 'x', ecs: 'x' }, credentials: { accessKeyId: 'a', accessKeySecret: 'b' }, accountId: '1000000000000001' } as Profile;
const answer = (status: number, Code?: string): CallResult => ({
  status, body: Code ? { Code } : { ImageId: 'm-1' }, text: '', attempts: 1,
  exchange: { product: 'swas', action: 'CreateCustomImage', params: {}, signature: 'v3', status, body: {}, startedAt: 0, endedAt: 0 },
});

/** A RuleTest whose client answers `answers` in turn. */
function ruleTest(...answers: CallResult[]): { t: RuleTest; calls: () => number; sent: { action: string; params: Record<string, unknown>; opts: Record<string, unknown> }[] } {
  let n = 0;
  const sent: { action: string; params: Record<string, unknown>; opts: Record<string, unknown> }[] = [];
  const client = { call: async (_p: string, action: string, params: Record<string, unknown>, opts: Record<string, unknown>) => {
    sent.push({ action, params, opts });
    return answers[Math.min(n++, answers.length - 1)]!;
  } } as unknown as Client;
  return { t: new RuleTest(spec, client, profile, 'acsctest', rules), calls: () => n, sent };
}

describe('probeRefusal', () => {
  const id = 'swas.CreateCustomImage.error.CustomImageQuotaLimit';

  it('judges an accepted call as it is, without re-sending it, and deletes what it created at once', async () => {
    const { t, sent } = ruleTest(answer(200), answer(200));
    await probeRefusal(t, id, 'swas', 'CreateCustomImage', {});
    expect(sent.map((s) => s.action)).toEqual(['CreateCustomImage', 'DeleteCustomImages']);
    expect(sent[1]!.params['ImageIds']).toBe('["m-1"]');
    // The client writes the create to the ledger with the rule whose refusal it probed.
    expect(sent[0]!.opts['refusalOf']).toBe(id);
    expect(t.observations.map((o) => o.verdict)).toEqual(['fail']);
  });

  it('re-sends a mismatching refusal once, like t.probe', async () => {
    const { t, calls } = ruleTest(answer(500, 'InternalError'), answer(400, 'CustomImageQuotaLimit'));
    await probeRefusal(t, id, 'swas', 'CreateCustomImage', {});
    expect(calls()).toBe(2);
    expect(t.observations.map((o) => o.verdict)).toEqual(['unknown']);
  });
});
