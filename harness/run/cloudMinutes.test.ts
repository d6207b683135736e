import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { cloudMinutes } from './cloudMinutes.js';

const spec = getSpec();

describe('real-cloud time estimate', () => {
  it('counts whole windows of each rate-limited operation, and nothing for unlimited ones', () => {
    // CreateCustomImage: 10 per 60 s -> 25 calls need 3 windows; DescribeImages has no documented limit.
    expect(cloudMinutes(spec, { a: { 'swas.CreateCustomImage': 25 }, b: { 'ecs.DescribeImages': 500 } })).toBe(3);
    expect(cloudMinutes(spec, { a: { 'swas.ListInstances': 10 }, b: { 'swas.ListInstances': 1 } })).toBe(2);
    expect(cloudMinutes(spec, { a: { 'ecs.ModifyImageAttribute': 1000 } })).toBe(1);
  });
});
