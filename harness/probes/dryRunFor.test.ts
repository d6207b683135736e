import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { CallResult, Client } from '../client/Client.js';
import { RuleTest } from '../conformance/RuleTest.js';
import type { Profile } from '../targets/Profile.js';
import { BaseRequests } from './BaseRequests.js';
import { dryRunFor } from './dryRunFor.js';
import { sendProbe } from './sendProbe.js';

const spec = getSpec();
const rules = new Map(spec.rules.map((r) => [r.id, r]));
const op = (key: string) => spec.operations.find((o) => `${o.product}.${o.operation}` === key)!;
const REQUIRED = 'ecs.DescribeImages.param.RegionId.required';

describe('DryRun for refusal probes', () => {
  it('is sent where the documentation says the dry run makes the check first, and nowhere else', () => {
    expect(dryRunFor(op('ecs.DescribeImages'), rules.get(REQUIRED)!)).toEqual({ DryRun: true });
    // DescribeImages' dry run checks required parameters, not a value's format.
    const other = spec.rules.find((r) => r.operation === 'ecs.DescribeImages' && r.kind === 'param' && r.constraint !== 'required')!;
    expect(dryRunFor(op('ecs.DescribeImages'), other)).toEqual({});
    // CreateImage lists DryRun without saying what it checks: its probes go as they are.
    const create = spec.rules.find((r) => r.operation === 'ecs.CreateImage' && r.constraint === 'required');
    if (create) expect(dryRunFor(op('ecs.CreateImage'), create)).toEqual({});
    expect(spec.operations.filter((o) => o.parameters.some((p) => p.dryRun)).map((o) => `${o.product}.${o.operation}`)).toEqual(['ecs.DescribeImages']);
  });

  it('goes on the wire with the invalid probe, and not with a valid one', async () => {
    const sent: Record<string, unknown>[] = [];
    const answer: CallResult = { status: 400, body: { Code: 'MissingParameter' }, text: '', attempts: 1,
      exchange: { product: 'ecs', action: 'DescribeImages', params: {}, signature: 'v3', status: 400, body: {}, startedAt: 0, endedAt: 0 } };
    const client = { options: {}, call: async (_p: string, _a: string, params: Record<string, unknown>) => { sent.push(params); return answer; } } as unknown as Client;
    const profile = { name: 't', region: 'cn-hangzhou', endpoints: { swas: 'x', ecs: 'x' }, credentials: { accessKeyId: 'a', accessKeySecret: 'b' }, accountId: '1000000000000001' } as Profile;
    const t = new RuleTest(spec, client, profile, 'acsctest', rules);
    const base = new BaseRequests(t, op('ecs.DescribeImages'));
    const parameter = op('ecs.DescribeImages').parameters.find((p) => p.name === 'RegionId')!;
    await sendProbe(t, base, rules.get(REQUIRED)!, parameter, { constraint: 'required', valid: false, value: undefined, label: 'left out' });
    await sendProbe(t, base, rules.get(REQUIRED)!, parameter, { constraint: 'required', valid: true, value: 'cn-hangzhou', label: 'given' });
    expect(sent.map((p) => p['DryRun'])).toEqual([true, undefined]);
    expect(t.observations[0]!.verdict).toBe('pass');
  });
});
