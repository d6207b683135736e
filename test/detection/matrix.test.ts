import { describe, expect, it } from 'vitest';
import { DEVIATIONS } from '../../harness/emulator/deviations.js';
import { detectionMatrix, type MatrixRow, type RunTests } from '../../tools/detectionMatrix.js';
import { planDrift } from '../../harness/plan/planDrift.js';
import { planTargetOf } from '../../harness/plan/planTargetOf.js';
import { RECORD_COMMAND } from '../../harness/plan/PlanFixture.js';
import { availableSuites } from '../../harness/run/runCommand.js';
import { planOfRun } from '../../harness/run/planOfRun.js';
import { getSpec } from '../../spec/index.js';

// The proof of the suites: silent on the correct emulator, and every deviation of the catalogue
// caught by at least one of the rule ids it names (fail, or warn for an inferred rule).
describe('detection matrix', () => {
  let clean: { id: string; verdict: string; checkedBy?: string[] }[] = [];
  let rows: MatrixRow[] = [];
  let cleanTests: RunTests = [];

  it('runs a clean run and one run per deviation', async () => {
    ({ clean, cleanTests, rows } = await detectionMatrix([], 2, (line) => process.stdout.write(`${line}\n`)));
    expect(rows).toHaveLength(Object.keys(DEVIATIONS).length);
  }, 20 * 60_000);

  it('reports no failure against the emulator without deviations, and leaves no rule uncovered', () => {
    expect(clean.length).toBeGreaterThan(400);
    expect(clean.filter((r) => r.verdict === 'fail' || r.verdict === 'warn').map((r) => `${r.id}: ${r.verdict}`)).toEqual([]);
    expect(clean.filter((r) => r.verdict === 'not-covered').map((r) => r.id)).toEqual([]);
  });

  // The plan's figures (fixtures/plan) are recorded from runs like this one (seed 1, 50 runs per
  // property, time scale 0.01): a suite that now calls more or less than they say makes them stale.
  it("plans within 10 % of the clean run's calls, suite by suite", () => {
    const args = { target: 'emulator', allowMutations: false, rateLimitTests: false, rules: [] };
    const plan = planOfRun(getSpec(), planTargetOf(args), args, availableSuites(), 50);
    expect(planDrift(plan, cleanTests), `the plan's figures are stale; record them again: ${RECORD_COMMAND}`).toEqual([]);
  });

  it('catches the deviations only sequences or concurrency reveal with the stateful and concurrency suites', () => {
    const revealed = rows.filter((r) => r.revealedBy);
    expect(revealed.length).toBeGreaterThanOrEqual(9);
    expect(revealed.filter((r) => r.suites.join() !== r.revealedBy || r.caughtBy.length === 0).map((r) => `${r.deviation}: ${r.suites.join()} ${JSON.stringify(r.verdicts)}`)).toEqual([]);
  });

  it('catches every deviation of the catalogue', () => {
    const missed = rows.filter((r) => r.caughtBy.length === 0).map((r) => `${r.deviation} (suites: ${r.suites.join(', ') || 'none'}; verdicts: ${JSON.stringify(r.verdicts)})`);
    expect(missed).toEqual([]);
  });
});
