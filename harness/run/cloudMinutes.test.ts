import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { cloudMinutes } from './cloudMinutes.js';
import { cloudPlan } from './cloudPlan.js';

const spec = getSpec();

describe('real-cloud time estimate', () => {
  it('counts whole windows of each rate-limited operation, and nothing for unlimited ones', () => {
    // CreateCustomImage: 10 per 60 s -> 25 calls need 3 windows; DescribeImages has no documented limit.
    expect(cloudMinutes(spec, { a: { 'swas.CreateCustomImage': 25 }, b: { 'ecs.DescribeImages': 500 } })).toBe(3);
    expect(cloudMinutes(spec, { a: { 'swas.ListInstances': 10 }, b: { 'swas.ListInstances': 1 } })).toBe(2);
    expect(cloudMinutes(spec, { a: { 'ecs.ModifyImageAttribute': 1000 } })).toBe(1);
  });

  it('plans a cloud run from the emulator figures of the chosen suites', () => {
    const all = cloudPlan(spec, ['protocol', 'quotas', 'state']);
    const one = cloudPlan(spec, ['protocol']);
    const minutes = (s: string) => Number(/at least (\d+) min/.exec(s)?.[1]);
    expect(all).toMatch(/10 calls per minute per account/);
    expect(minutes(all)).toBeGreaterThan(minutes(one));
  });
});
