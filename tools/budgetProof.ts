// The proof of a budget at real speed (issue: real-cloud runs a team can afford): the bundled
// emulator with rate limits at real speed (`serve --time-scale 1`, its profile at timeScale 1),
// `run --budget-minutes M` against it; it must end within M minutes (+5 %), verify every central
// documented error code and every quota rule that the unbudgeted run verifies (that run goes at
// time scale 0.01 against the same world: the same tests, a hundredth of the waiting), and create
// at most what `run --plan` said. Long (M minutes and more): a script, not a test.
// Usage: npx tsx tools/budgetProof.ts [--minutes 20] [--seed 1]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getSpec } from '../spec/index.js';

const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));
type Rule = { id: string; kind: string; operation: string | null; verdict: string };

function cli(args: string[]): Promise<{ code: number | null; stdout: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.on('exit', (code) => resolve({ code, stdout, ms: Date.now() - started }));
  });
}

/** `serve` with these flags writing its profile into `dir`; its URL and how to stop it. */
async function serve(dir: string, scale: string): Promise<{ url: string; profile: string; stop: () => void }> {
  const profile = join(dir, `profile-${scale}.json`);
  const child = spawn(process.execPath, [BIN, 'serve', '--time-scale', scale, '--world-seed', '0', '--write-profile', profile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); const m = /listening on (\S+)/.exec(out); if (m) resolve(m[1]!); });
  });
  return { url, profile, stop: () => child.kill('SIGTERM') };
}

const report = (dir: string) => JSON.parse(readFileSync(join(dir, readdirSync(dir).find((d) => /^\d{8}T/.test(d))!, 'report.json'), 'utf8')) as { rules: Rule[]; run: { budget?: { spent: { creates: number; minutes: number; calls: number }; coverage: unknown } } };

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } } });
const minutes = Number(values.minutes);
const scratch = mkdtempSync(join(tmpdir(), 'acs-proof-'));
const central = new Set(getSpec().operations.filter((o) => o.role === 'central').map((o) => `${o.product}.${o.operation}`));
const verified = (rules: Rule[], kind: 'central' | 'quota') => new Set(rules.filter((r) => r.verdict === 'pass' && (kind === 'quota' ? r.kind === 'quota' : r.kind === 'error' && r.operation !== null && central.has(r.operation))).map((r) => r.id));
try {
  const fast = await serve(scratch, '0.01');
  const full = await cli(['run', '--target', fast.url, '--profile', fast.profile, '--seed', values.seed!, '--report-dir', join(scratch, 'full')]);
  fast.stop();
  console.log(`unbudgeted run at time scale 0.01: exit ${full.code}, ${(full.ms / 60_000).toFixed(1)} min`);
  const slow = await serve(scratch, '1');
  const plan = JSON.parse((await cli(['run', '--plan', '--json', '--target', slow.url, '--profile', slow.profile, '--budget-minutes', String(minutes)])).stdout) as { total: { creates: Record<string, number>; callCount: number; minutes: number } };
  const planned = Object.values(plan.total.creates).reduce((a, b) => a + b, 0);
  const budgeted = await cli(['run', '--target', slow.url, '--profile', slow.profile, '--seed', values.seed!, '--budget-minutes', String(minutes), '--report-dir', join(scratch, 'budget')]);
  slow.stop();
  const a = report(join(scratch, 'full'));
  const b = report(join(scratch, 'budget'));
  const spent = b.run.budget!.spent;
  console.log(`budgeted run at time scale 1: exit ${budgeted.code}, wall ${(budgeted.ms / 60_000).toFixed(2)} min of ${minutes} (limit ${(minutes * 1.05).toFixed(2)}), documented-rate ${spent.minutes} min, ${spent.calls} calls`);
  for (const kind of ['central', 'quota'] as const) {
    const want = verified(a.rules, kind);
    const got = verified(b.rules, kind);
    const missing = [...want].filter((id) => !got.has(id));
    console.log(`${kind === 'central' ? 'central error codes' : 'quota rules'} verified: ${[...want].filter((id) => got.has(id)).length} of the ${want.size} the unbudgeted run verifies${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
  }
  console.log(`creates: ${spent.creates}, planned ${planned} (plan: ${plan.total.minutes} documented-rate min, ${plan.total.callCount} calls)`);
  const ok = budgeted.ms <= minutes * 60_000 * 1.05 && spent.creates <= planned;
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
