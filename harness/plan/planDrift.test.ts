import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../run/callTrace.js';
import { planDrift } from './planDrift.js';

const plan = (calls: Record<string, [number, number]>) => ({ suites: Object.entries(calls).map(([suite, [callCount, polls]]) => ({ suite, callCount, polls })) }) as never;
const test = (suite: string, trace: TraceStep[]) => ({ suite, trace });

describe('planDrift', () => {
  it('accepts a run within 10 % of its plan per suite, and names each suite outside it', () => {
    const p = plan({ a: [100, 0], b: [50, 0] });
    expect(planDrift(p, [test('a', [['swas.ListInstances', 95]]), test('a', [['ecs.DescribeImages', 10]]), test('b', [['swas.ListDisks', 50]])])).toEqual([]);
    expect(planDrift(p, [test('a', [['swas.ListInstances', 80]]), test('b', [['swas.ListDisks', 50]])])).toEqual([{ suite: 'a', planned: 100, made: 80, off: 25 }]);
  });

  it('leaves polls out on both sides', () => {
    expect(planDrift(plan({ a: [30, 20] }), [test('a', [['settle', 1], ['ecs.DescribeImages', 10], ['ecs.DescribeImages?', 60]])])).toEqual([]);
  });

  it('names a suite the run made calls in that the plan does not know, and one it planned and did not run', () => {
    expect(planDrift(plan({ a: [10, 0] }), [test('a', [['x', 10]]), test('b', [['x', 4]])]).map((d) => d.suite)).toEqual(['b']);
    expect(planDrift(plan({ a: [10, 0], c: [3, 0] }), [test('a', [['x', 10]])]).map((d) => d.suite)).toEqual(['c']);
  });
});
