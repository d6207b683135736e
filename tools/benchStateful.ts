// Benchmark and proof of the stateful suite, each figure from real runs of `acs-conformance run
// --suite stateful` against the bundled emulator:
// - clean runs over many seeds: every verdict, and commands per second (the emulator profile's
//   pacing at time scale 0.01, and a copy of it at 0.001 where the client's pacing matters less);
// - for every deviation only a sequence reveals (`revealedBy: 'stateful'` in the catalogue), runs
//   of the search alone (kept counterexamples off) over several seeds: caught or not, the shrunk
//   counterexample's length in commands and in calls, time to the first failure, whole run time.
// With --keep DIR, the shortest counterexample found per deviation is written to DIR/NAME.json in
// the form of fixtures/stateful/ (what the suite runs first, as regression cases).
// Usage: npx tsx tools/benchStateful.ts [--clean-seeds 20] [--seeds 5] [--jobs 2] [--only NAME]... [--keep DIR]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEVIATIONS } from '../harness/emulator/deviations.js';

const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));
const PROFILE = fileURLToPath(new URL('../fixtures/targets/emulator.json', import.meta.url));

interface Rule { id: string; verdict: string; repro?: { steps?: string[]; commands?: unknown[]; seed?: number; path?: string } | null }
interface Report { rules: Rule[]; observations: { kind: string; ruleId?: string; detail: string }[]; run: { durationMs: number } }

const { values } = parseArgs({ options: {
  'clean-seeds': { type: 'string', default: '20' }, seeds: { type: 'string', default: '5' }, jobs: { type: 'string', default: '2' },
  only: { type: 'string', multiple: true }, keep: { type: 'string' },
} });
const scratch = mkdtempSync(join(tmpdir(), 'acs-bench-stateful-'));
let serial = 0;

function run(args: string[], env: Record<string, string> = {}): Promise<{ report: Report; ms: number }> {
  const dir = join(scratch, String(serial++));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', '--suite', 'stateful', '--report-dir', dir, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('exit', (code) => {
      const sub = readdirSync(dir).find((d) => /^\d{8}T/.test(d));
      if (!sub || code === 2) return reject(new Error(`run ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').at(-1)}`));
      resolve({ report: JSON.parse(readFileSync(join(dir, sub, 'report.json'), 'utf8')) as Report, ms: Date.now() - started });
    });
  });
}

async function pool<T, R>(items: T[], jobs: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: jobs }, async () => { while (next < items.length) { const i = next++; out[i] = await f(items[i]!); } }));
  return out;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN; };
const count = (r: Report, v: string) => r.rules.filter((x) => x.verdict === v).length;
const paceOf = (r: Report) => /\((\d+(?:\.\d+)?)\/s\), (\d+) calls compared with the model \((\d+(?:\.\d+)?)\/s\)/.exec(r.observations.find((o) => o.kind === 'property-run' && o.detail.startsWith('stateful:'))?.detail ?? '');
/** Commands the run sent (kept counterexamples and search together). */
const commandsOf = (r: Report) => Number(/(\d+) runs, (\d+) commands/.exec(r.observations.find((o) => o.kind === 'property-run' && o.detail.startsWith('stateful:'))?.detail ?? '')?.[2] ?? NaN);
const jobs = Number(values.jobs);
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

// Clean runs: zero fail over many seeds, and throughput.
const clean = await pool(seeds(Number(values['clean-seeds'])), jobs, async (seed) => ({ seed, ...(await run(['--seed', String(seed)])) }));
for (const c of clean) console.log(`clean seed ${c.seed}: pass ${count(c.report, 'pass')} fail ${count(c.report, 'fail')} warn ${count(c.report, 'warn')} unknown ${count(c.report, 'unknown')} skipped ${count(c.report, 'skipped')}, ${commandsOf(c.report)} commands, ${paceOf(c.report)?.[1] ?? '?'} commands/s, ${(c.ms / 1000).toFixed(1)} s`);
const failing = clean.filter((c) => count(c.report, 'fail') + count(c.report, 'warn') > 0).length;
console.log(`clean runs: ${clean.length} seeds, ${failing} with a fail or warn; median ${median(clean.map((c) => count(c.report, 'skipped')))} rules skipped, ${median(clean.map((c) => commandsOf(c.report)))} commands per run, ${median(clean.map((c) => Number(paceOf(c.report)?.[1] ?? NaN)))} commands/s, ${median(clean.map((c) => Number(paceOf(c.report)?.[3] ?? NaN)))} calls compared/s at time scale 0.01`);
const fast = join(scratch, 'emulator-fast.json');
const profile = JSON.parse(readFileSync(PROFILE, 'utf8')) as { rateLimits: { timeScale: number }; $schema?: string };
delete profile.$schema;
writeFileSync(fast, JSON.stringify({ ...profile, rateLimits: { ...profile.rateLimits, timeScale: 0.001 } }));
const quick = await run(['--seed', '1', '--profile', fast]);
console.log(`time scale 0.001, seed 1: ${paceOf(quick.report)?.[1] ?? '?'} commands/s, ${paceOf(quick.report)?.[3] ?? '?'} calls compared/s, fail ${count(quick.report, 'fail')}`);

// The search alone against each sequence-only deviation.
const names = Object.entries(DEVIATIONS).filter(([n, d]) => d.revealedBy === 'stateful' && (!values.only || values.only.includes(n))).map(([n]) => n);
const cases = names.flatMap((name) => seeds(Number(values.seeds)).map((seed) => ({ name, seed })));
const found = await pool(cases, jobs, async ({ name, seed }) => {
  const { report, ms } = await run(['--seed', String(seed), '--deviation', name], { ACS_STATEFUL_KEPT: 'off' });
  const breaks = DEVIATIONS[name as keyof typeof DEVIATIONS].breaks;
  const hit = report.rules.find((r) => (r.verdict === 'fail' || r.verdict === 'warn') && breaks.includes(r.id));
  const other = report.rules.find((r) => (r.verdict === 'fail' || r.verdict === 'warn') && r.repro?.steps);
  const first = /first failure after (\d+(?:\.\d+)?) s/.exec(report.observations.map((o) => o.detail).join('\n'));
  return { name, seed, ms, caught: !!hit, rule: (hit ?? other)?.id, steps: (hit ?? other)?.repro?.steps?.length, commands: (hit ?? other)?.repro?.commands, firstS: first ? Number(first[1]) : undefined };
});
for (const name of names) {
  const rows = found.filter((f) => f.name === name);
  const caught = rows.filter((r) => r.caught);
  console.log(`${name}: caught in ${caught.length}/${rows.length} seeds; median shrunk length ${median(caught.map((r) => r.commands?.length ?? NaN))} commands / ${median(caught.map((r) => r.steps ?? NaN))} calls; median first failure ${median(caught.map((r) => r.firstS ?? NaN))} s; median run ${median(rows.map((r) => r.ms / 1000)).toFixed(1)} s${rows.some((r) => !r.caught && r.rule) ? `; other rule failed: ${rows.filter((r) => !r.caught && r.rule).map((r) => `seed ${r.seed} ${r.rule}`).join(', ')}` : ''}`);
  for (const r of rows) console.log(`  seed ${r.seed}: ${r.caught ? `caught on ${r.rule}, ${r.commands?.length} commands / ${r.steps} calls, first failure ${r.firstS} s` : 'missed'}, run ${(r.ms / 1000).toFixed(1)} s`);
  const best = caught.filter((r) => r.commands).sort((a, b) => a.commands!.length - b.commands!.length || (a.steps ?? 0) - (b.steps ?? 0))[0];
  if (values.keep && best) {
    mkdirSync(values.keep, { recursive: true });
    const summary = DEVIATIONS[name as keyof typeof DEVIATIONS].summary;
    writeFileSync(join(values.keep, `${name}.json`), `${JSON.stringify({ summary: `Found by the search against the deviation ${name}: ${summary}`, rules: DEVIATIONS[name as keyof typeof DEVIATIONS].breaks, foundWith: { deviation: name, seed: best.seed }, commands: best.commands }, null, 2)}\n`);
  }
}
rmSync(scratch, { recursive: true, force: true });
process.exitCode = failing === 0 ? 0 : 1;
