// The share of the deviation catalogue a budgeted run catches: the plan of a full run on the
// bundled emulator within `minutes` documented-rate minutes (the same tests as at real speed, since
// a budget counts documented-rate time), then for each deviation the chosen tests that check the
// rules it breaks, run as the plan chose them (each rule once, or in full) against the emulator
// with that deviation (ACS_SELECTION_FILE, harness/run/toolHooks.ts). Used by tools/detectionMatrix.ts.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEVIATIONS } from '../harness/emulator/deviations.js';
import { loadPlanFixtures } from '../harness/plan/PlanFixture.js';
import { planTargetOf } from '../harness/plan/planTargetOf.js';
import { planOfRun } from '../harness/run/planOfRun.js';
import { getSpec } from '../spec/index.js';
import type { MatrixRow, RuleRow } from './detectionMatrix.js';

/** Runs `acs-conformance run` with these arguments and environment; its report's rules. */
export type Runner = (args: string[], reports: string, env: NodeJS.ProcessEnv) => Promise<{ rules: RuleRow[] }>;

const SUITES = fileURLToPath(new URL('../suites/', import.meta.url));

export interface BudgetShare { minutes: number; caught: string[]; missed: string[] }

export async function budgetShare(rows: readonly MatrixRow[], minutes: number, run: Runner, jobs = 2, log: (s: string) => void = () => {}, worldSeed?: number): Promise<BudgetShare> {
  const suites = readdirSync(SUITES).filter((f) => f.endsWith('.suite.ts')).map((f) => f.replace(/\.suite\.ts$/, '')).sort();
  const args = { target: 'emulator', allowMutations: false, rateLimitTests: false, rules: [], budgetMinutes: minutes, ...(worldSeed !== undefined && { worldSeed }) };
  const plan = planOfRun(getSpec(), planTargetOf(args), args, suites, 50);
  const rulesOf = new Map<string, string[]>();
  for (const f of loadPlanFixtures().values()) for (const t of f.tests) rulesOf.set(`${f.suite}\n${t.test}`, [...t.rules, ...(t.implied ?? [])]);
  const scratch = mkdtempSync(join(tmpdir(), 'acs-budget-share-'));
  const selectionFile = join(scratch, 'selection.json');
  writeFileSync(selectionFile, JSON.stringify(plan.selection));
  const caught: string[] = [];
  const missed: string[] = [];
  try {
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const { breaks, revealedBy } = DEVIATIONS[row.deviation as keyof typeof DEVIATIONS];
        // The chosen tests that check a rule the deviation breaks, in the suites the matrix ran it with.
        const chosen = Object.entries(plan.selection).flatMap(([suite, tests]) => Object.keys(tests).map((test) => ({ suite, rules: rulesOf.get(`${suite}\n${test}`) ?? [] })))
          .filter((t) => row.suites.includes(t.suite) && t.rules.some((id) => breaks.includes(id)));
        const ids = [...new Set(chosen.flatMap((t) => t.rules.filter((id) => breaks.includes(id))))];
        const result = chosen.length
          ? await run(['--deviation', row.deviation, ...[...new Set(chosen.map((t) => t.suite))].flatMap((s) => ['--suite', s]), ...ids.flatMap((id) => ['--rule', id])], join(scratch, row.deviation), { ACS_SELECTION_FILE: selectionFile })
          : { rules: [] };
        const hit = result.rules.some((r) => breaks.includes(r.id) && (r.verdict === 'fail' || r.verdict === 'warn'));
        (hit ? caught : missed).push(row.deviation);
        log(`${hit ? 'caught ' : 'missed '} under ${minutes} min: ${row.deviation}${chosen.length ? '' : ' (no chosen test checks its rules)'}${revealedBy ? ` (${revealedBy})` : ''}`);
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { minutes, caught, missed };
}
