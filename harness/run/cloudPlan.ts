import { existsSync, readFileSync } from 'node:fs';
import type { Spec } from '../../spec/index.js';
import { cloudMinutes } from './cloudMinutes.js';

const ESTIMATE = new URL('../../fixtures/estimates/calls-per-suite.json', import.meta.url);

/**
 * What a real-cloud run should expect before it starts: the calls the chosen suites made on the
 * bundled emulator (fixtures/estimates/calls-per-suite.json, from a full run) at the documented
 * rates. SWAS allows 10 calls per minute per account for most operations.
 */
export function cloudPlan(spec: Spec, suites: string[]): string {
  if (!existsSync(ESTIMATE)) return 'real cloud: the documented rates (SWAS: 10 calls per minute per account for most operations) pace this run; no estimate of its length is available';
  const all = JSON.parse(readFileSync(ESTIMATE, 'utf8')) as { calls: Record<string, Record<string, number>> };
  const chosen = Object.fromEntries(Object.entries(all.calls).filter(([s]) => suites.includes(s)));
  const n = Object.values(chosen).reduce((sum, ops) => sum + Object.values(ops).reduce((a, b) => a + b, 0), 0);
  return `real cloud: calls are paced under the documented rates (SWAS: 10 calls per minute per account for most operations); these suites made about ${n} calls on the emulator, so expect at least ${cloudMinutes(spec, chosen)} min`;
}
