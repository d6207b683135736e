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
function ruleTest(...answers: CallResult[]): { t: RuleTest; calls: () => number } {
  let n = 0;
  const client = { call: async () => answers[Math.min(n++, answers.length - 1)]! } as unknown as Client;
  return { t: new RuleTest(spec, client, profile, 'acsctest', rules), calls: () => n };
}

describe('probeRefusal', () => {
  const id = 'swas.CreateCustomImage.error.CustomImageQuotaLimit';

  it('judges an accepted call as it is, without re-sending it', async () => {
    const { t, calls } = ruleTest(answer(200), answer(400, 'CustomImageQuotaLimit'));
    await probeRefusal(t, id, 'swas', 'CreateCustomImage', {});
    expect(calls()).toBe(1);
    expect(t.observations.map((o) => o.verdict)).toEqual(['fail']);
  });

  it('re-sends a mismatching refusal once, like t.probe', async () => {
    const { t, calls } = ruleTest(answer(500, 'InternalError'), answer(400, 'CustomImageQuotaLimit'));
    await probeRefusal(t, id, 'swas', 'CreateCustomImage', {});
    expect(calls()).toBe(2);
    expect(t.observations.map((o) => o.verdict)).toEqual(['unknown']);
  });
});
