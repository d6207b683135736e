// The detection matrix: for every entry of the emulator's deviation catalogue, a run against the
// emulator with that deviation must report fail (or warn, for an inferred rule) on at least one of
// the rule ids the entry names. Only the tests that checked those rules in a clean run are run
// (`run --suite S --rule ID`), which keeps the whole matrix within minutes. A deviation only a
// sequence or concurrent calls reveal (`revealedBy`) is run with that suite alone, which must
// catch it; the stateful suite runs for no other deviation (it would catch many, slowly).
// Its last line is the share caught under a 20-minute budget (tools/budgetShare.ts).
// Usage: npx tsx tools/detectionMatrix.ts [--only NAME]... [--jobs 2] [--out FILE] [--world-seed N]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEVIATIONS } from '../harness/emulator/deviations.js';
import { budgetShare } from './budgetShare.js';

const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));

export interface RuleRow { id: string; verdict: string; checkedBy?: string[]; evidence?: { exchanges?: { endedAt?: number }[] } | null }
export interface MatrixRow {
  deviation: string; suites: string[]; caughtBy: string[]; verdicts: Record<string, string>; ms: number; revealedBy?: string;
  /** From the start of the run to the last exchange of the earliest evidence that caught it. */
  firstFailureMs?: number;
}

/** ms from the run's start to the earliest catching evidence's last exchange. */
function firstFailure(rules: RuleRow[], caught: string[], startedAt: number): number | undefined {
  const at = rules.filter((r) => caught.includes(r.id)).map((r) => Math.max(0, ...(r.evidence?.exchanges ?? []).map((e) => e.endedAt ?? 0))).filter((t) => t > 0);
  return at.length ? Math.min(...at) - startedAt : undefined;
}

/** What each test of a run did (report.json run.tests): its suite and call trace. */
export type RunTests = { suite: string; trace: [string, number][] }[];

/** `acs-conformance run --seed 1` with `args` (and the matrix's world), its report's rules and tests. */
function run(args: string[], reports: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; rules: RuleRow[]; tests: RunTests; stderr: string; startedAt: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', '--seed', '1', '--report-dir', reports, ...worldArgs, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('exit', (code) => {
      const dir = readdirSync(reports).find((d) => /^\d{8}T/.test(d));
      const report = dir ? (JSON.parse(readFileSync(join(reports, dir, 'report.json'), 'utf8')) as { rules: RuleRow[]; run: { startedAt: string; tests?: RunTests } }) : undefined;
      resolve({ code, rules: report?.rules ?? [], tests: report?.run.tests ?? [], stderr, startedAt: report ? Date.parse(report.run.startedAt) : 0 });
    });
  });
}

let worldArgs: string[] = [];

/**
 * A clean run of every suite, then one run per deviation; rows in catalogue order. With
 * `worldSeed`, every run is against the emulator serving that randomised world. `cleanTests`: what
 * the clean run's tests did (what the plan's figures are checked against).
 */
export async function detectionMatrix(only: string[] = [], jobs = 2, log: (s: string) => void = () => {}, worldSeed?: number): Promise<{ clean: RuleRow[]; cleanTests: RunTests; rows: MatrixRow[] }> {
  worldArgs = worldSeed === undefined ? [] : ['--world-seed', String(worldSeed)];
  const scratch = mkdtempSync(join(tmpdir(), 'acs-matrix-'));
  try {
    const clean = await run([], join(scratch, 'clean'));
    const names = Object.keys(DEVIATIONS).filter((n) => only.length === 0 || only.includes(n));
    const rows: MatrixRow[] = [];
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const name = names[next++]!;
        const { breaks, revealedBy } = DEVIATIONS[name as keyof typeof DEVIATIONS];
        const checking = [...new Set(clean.rules.filter((r) => breaks.includes(r.id)).flatMap((r) => r.checkedBy ?? []))].sort();
        const suites = revealedBy ? checking.filter((s) => s === revealedBy) : checking.filter((s) => s !== 'stateful');
        const started = Date.now();
        const checked = breaks.filter((id) => clean.rules.some((r) => r.id === id && (r.checkedBy ?? []).length));
        const args = ['--deviation', name, ...suites.flatMap((s) => ['--suite', s]), ...checked.flatMap((id) => ['--rule', id])];
        const result = suites.length ? await run(args, join(scratch, name)) : { rules: [] as RuleRow[], tests: [], startedAt: 0 };
        const verdicts = Object.fromEntries(result.rules.filter((r) => breaks.includes(r.id)).map((r) => [r.id, r.verdict]));
        const caughtBy = Object.entries(verdicts).filter(([, v]) => v === 'fail' || v === 'warn').map(([id]) => id);
        const first = firstFailure(result.rules, caughtBy, result.startedAt);
        rows.push({ deviation: name, suites, caughtBy, verdicts, ms: Date.now() - started, ...(revealedBy && { revealedBy }), ...(first !== undefined && { firstFailureMs: first }) });
        log(`${caughtBy.length ? 'caught ' : 'MISSED '} ${name} (${suites.join(', ') || 'no suite checks its rules'}) ${caughtBy.join(', ')}`);
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
    rows.sort((a, b) => names.indexOf(a.deviation) - names.indexOf(b.deviation));
    return { clean: clean.rules, cleanTests: clean.tests, rows };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, jobs: { type: 'string', default: '2' }, out: { type: 'string' }, 'world-seed': { type: 'string' } } });
  const started = Date.now();
  const world = values['world-seed'] === undefined ? undefined : Number(values['world-seed']);
  const { clean, rows } = await detectionMatrix(values.only ?? [], Number(values.jobs), (s) => console.log(s), world);
  const caught = rows.filter((r) => r.caughtBy.length).length;
  const count = (v: string) => clean.filter((r) => r.verdict === v).length;
  console.log(`clean run: ${clean.length} rules, fail ${count('fail')}, warn ${count('warn')}, not-covered ${count('not-covered')}`);
  console.log(`detection matrix: ${caught}/${rows.length} deviations caught in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
  // What a nightly real-cloud gate of 20 minutes would catch (tools/budgetShare.ts).
  const share = await budgetShare(rows, 20, run, Number(values.jobs), () => {}, world);
  const n = share.caught.length;
  console.log(`under a 20-minute budget (documented-rate time, as at real speed): ${n}/${rows.length} deviations caught (${Math.round((100 * n) / Math.max(1, rows.length))} %)${share.missed.length ? `; missed: ${share.missed.join(', ')}` : ''}`);
  process.exitCode = caught === rows.length ? 0 : 1;
}
