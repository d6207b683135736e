import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { serveProcess, startCli } from '../runCliAsync.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

// Ctrl-C keeps what the finished tests decided and says the run is incomplete; `run --resume`
// runs only the tests that did not finish and writes one report of both.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
const SUITE = ['--suite', 'schema'];

type Rule = { id: string; verdict: string; reason: string; leftOut?: string };
type Run = { id: string; interrupted?: boolean; resumedFrom?: string[]; tests: { suite: string; test: string }[] };

/** Waits until the run has made its first few creates: tests have finished, and many have not started. */
async function untilCreated(reports: string, n: number): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    const [dir] = runDirs(reports);
    const ledger = dir && join(dir, 'ledger.jsonl');
    if (ledger && existsSync(ledger) && readFileSync(ledger, 'utf8').split('"created"').length > n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the run did not create ${n} resources within 60 s`);
}

describe('an interrupted run', () => {
  it('keeps its finished verdicts, says it is incomplete, and --resume finishes it into one report', async () => {
    const emu = await serveProcess(['--time-scale', '0.01']);
    try {
      const reports = join(s.dir, 'reports');
      const run = startCli(['run', '--target', emu.url, '--profile', s.profile, ...SUITE, '--seed', '3', '--report-dir', reports]);
      await untilCreated(reports, 5);
      run.child.kill('SIGINT');
      expect((await run.done).code).toBe(2);
      const [dir] = runDirs(reports);
      const first = readReport(dir!) as unknown as { run: Run; rules: Rule[] };
      expect(first.run.interrupted).toBe(true);
      const passed = first.rules.filter((r) => r.verdict === 'pass').map((r) => r.id);
      const left = first.rules.filter((r) => r.leftOut === 'interrupted');
      expect(passed.length).toBeGreaterThan(0);
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((r) => r.verdict === 'not-covered' && r.reason.includes('--resume'))).toBe(true);
      expect(readFileSync(join(dir!, 'summary.md'), 'utf8')).toMatch(/^# .*\n\n> \*\*Interrupted: this run is incomplete/);
      expect(readFileSync(join(dir!, 'index.html'), 'utf8')).toMatch(/id="interrupted">Interrupted: this run is incomplete/);
      expect(run.out().stderr).toMatch(/^Interrupted: this run is incomplete/m);

      const r = await runCli(['run', '--resume', dir!, '--target', emu.url, '--profile', s.profile, '--report-dir', reports], { timeoutMs: 120_000 });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`resuming ${first.run.id} \\(${first.run.tests.length} tests done\\)`));
      const second = runDirs(reports).find((d) => d !== dir)!;
      const merged = readReport(second) as unknown as { run: Run; rules: Rule[] };
      expect(merged.run.resumedFrom).toEqual([first.run.id]);
      expect(merged.run.interrupted).toBe(false);
      const verdict = new Map(merged.rules.map((x) => [x.id, x]));
      expect(passed.filter((id) => verdict.get(id)?.verdict !== 'pass')).toEqual([]);
      expect(left.map((x) => x.id).filter((id) => verdict.get(id)?.verdict !== 'pass' || verdict.get(id)?.leftOut)).toEqual([]);
      // Every test once: the finished ones were not run again.
      const keys = merged.run.tests.map((t) => `${t.suite} ${t.test}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(merged.run.tests.length).toBe(106);
    } finally { await emu.stop(); }
  }, 240_000);
});
