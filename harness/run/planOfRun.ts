import type { Spec } from '../../spec/index.js';
import { buildPlan, type Plan } from '../plan/buildPlan.js';
import { loadPlanFixtures, type PlanFixture } from '../plan/PlanFixture.js';
import type { PlanTarget } from '../plan/PlanTarget.js';
import type { RunArgs } from './parseRunArgs.js';

/** The recorded figures of the suites, without the tests a resumed run finished. */
function fixturesFor(done: Record<string, string[]> | undefined): PlanFixture[] {
  return [...loadPlanFixtures().values()].map((f) => ({ ...f, tests: f.tests.filter((t) => !done?.[f.suite]?.includes(t.test)) }));
}

/**
 * The plan of a run with these flags: which tests it runs, what they call and create, their
 * documented-rate time (within the budget, if any: selectTests.ts); for a resumed run, of the tests the run it resumes did not finish (`done`).
 */
export function planOfRun(spec: Spec, target: PlanTarget, args: Pick<RunArgs, 'rules' | 'budgetMinutes' | 'maxCreates'>, suites: string[], runs: number, done?: Record<string, string[]>): Plan {
  return buildPlan(spec, target, fixturesFor(done), {
    suites, rules: args.rules, runs,
    budget: { ...(args.budgetMinutes !== undefined && { minutes: args.budgetMinutes }), ...(args.maxCreates !== undefined && { maxCreates: args.maxCreates }) },
  });
}
