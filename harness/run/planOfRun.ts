import type { Spec } from '../../spec/index.js';
import { buildPlan, type Plan } from '../plan/buildPlan.js';
import { loadPlanFixtures } from '../plan/PlanFixture.js';
import type { PlanTarget } from '../plan/PlanTarget.js';
import type { RunArgs } from './parseRunArgs.js';

/** The plan of a run with these flags: which tests it runs, what they call and create, their documented-rate time. */
export function planOfRun(spec: Spec, target: PlanTarget, args: Pick<RunArgs, 'rules'>, suites: string[], runs: number): Plan {
  return buildPlan(spec, target, [...loadPlanFixtures().values()], { suites, rules: args.rules, runs });
}
