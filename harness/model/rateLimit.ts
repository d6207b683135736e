import type { OperationSpec } from '../../spec/index.js';
import type { Outcome } from './outcome.js';
import type { ModelState } from './state.js';

/**
 * The documented per-operation rate (`limits.qps`) as a fixed window per account: the window opens
 * at the first call, a call beyond the limit inside it is throttled, and a new window opens once it
 * has passed. `scale` shrinks the window for fast runs.
 */
export function checkRate(state: ModelState, op: OperationSpec, accountId: string, now: number, scale: number): Outcome | undefined {
  const qps = op.limits?.qps;
  if (!qps) return undefined;
  const key = `${accountId}|${op.product}.${op.operation}`;
  const windowMs = qps.perSeconds * 1000 * scale;
  let window = state.rate.get(key);
  if (!window || now >= window.start + windowMs) state.rate.set(key, (window = { start: now, calls: 0 }));
  if (window.calls >= qps.calls) {
    return {
      kind: 'error', httpStatus: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.',
      rules: [`${op.product}.${op.operation}.rate-limit.qps`, 'acs.protocol.ThrottlingCode'],
    };
  }
  window.calls++;
  return undefined;
}
