import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors/ToolError.js';
import { chooseFault, describePlan, parseInject } from './FaultPlan.js';

describe('parseInject', () => {
  it('reads shares and a latency', () => {
    const plan = parseInject(['throttle=0.2', '5xx=0.1', 'latency=200ms', 'reset-after-commit=0.05']);
    expect(plan).toEqual({ throttle: 0.2, serverError: 0.1, resetAfterCommit: 0.05, latencyMs: 200 });
    expect(parseInject(['latency=1.5s']).latencyMs).toBe(1500);
    expect(describePlan(plan)).toEqual(['throttle=0.2', '5xx=0.1', 'reset-after-commit=0.05', 'latency=200ms']);
  });

  it.each([
    ['throttle=2', /not valid.*SHARE a number in \(0, 1\]/],
    ['throttle=0', /not valid/],
    ['throttle=abc', /not valid/],
    ['latency=200', /not valid.*DURATION/],
    ['slow=1', /names no fault/],
  ])('refuses %s with one line naming what is expected', (spec, message) => {
    expect(() => parseInject([spec])).toThrow(UsageError);
    expect(() => parseInject([spec])).toThrow(message);
  });

  it('refuses a kind given twice and shares adding up to more than 1', () => {
    expect(() => parseInject(['throttle=0.1', 'throttle=0.2'])).toThrow(/given twice/);
    expect(() => parseInject(['throttle=0.6', '5xx=0.5'])).toThrow(/more than 1/);
  });
});

describe('chooseFault', () => {
  it('maps one draw to at most one fault, in share order', () => {
    const plan = parseInject(['throttle=0.2', '5xx=0.1', 'reset-after-commit=0.1']);
    expect(chooseFault(plan, 0)).toBe('throttle');
    expect(chooseFault(plan, 0.199)).toBe('throttle');
    expect(chooseFault(plan, 0.2)).toBe('5xx');
    expect(chooseFault(plan, 0.35)).toBe('reset-after-commit');
    expect(chooseFault(plan, 0.4)).toBeUndefined();
    expect(chooseFault(parseInject([]), 0)).toBeUndefined();
  });
});
