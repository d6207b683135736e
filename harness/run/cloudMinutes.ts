import type { Spec } from '../../spec/index.js';

/**
 * The least time the documented rates impose on a set of calls, in minutes: for every operation
 * with a documented limit, (calls / limit) windows. Summed, because the suites run one after the
 * other (a real-cloud run of SWAS at 10 calls per minute per operation is slow, and says so).
 */
export function cloudMinutes(spec: Spec, calls: Record<string, Record<string, number>>): number {
  const total: Record<string, number> = {};
  for (const perSuite of Object.values(calls)) for (const [op, n] of Object.entries(perSuite)) total[op] = (total[op] ?? 0) + n;
  let seconds = 0;
  for (const [op, n] of Object.entries(total)) {
    const qps = spec.operations.find((o) => `${o.product}.${o.operation}` === op)?.limits?.qps;
    if (qps) seconds += Math.ceil(n / qps.calls) * qps.perSeconds;
  }
  return Math.ceil(seconds / 60);
}
