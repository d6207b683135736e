import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { serveProcess } from '../runCliAsync.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

// A budget of 8 documented-rate minutes and 60 creates at time scale 0.01 (about 5 s of waiting): the run checks
// every central error code and quota rule these suites reach, then as many other rules as fit,
// repeats nothing while rules are left out, and says so.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
const SUITES = ['--suite', 'quotas', '--suite', 'errors-swas', '--suite', 'state'];

type Budget = { minutes: number; maxCreates: number; spent: { minutes: number; creates: number }; planned: { creates: number }; leftOut: number; coverage: Record<'rules' | 'centralErrorCodes' | 'quotaRules', { checked: number; of: number }> };

describe('run --budget-minutes', () => {
  it('fits the budget in the documented order and skips the rest as outside the budget', async () => {
    const emu = await serveProcess(['--time-scale', '0.01']);
    try {
      const r = await runCli(['run', '--target', emu.url, '--profile', s.profile, ...SUITES, '--seed', '1', '--budget-minutes', '8', '--max-creates', '60', '--report-dir', s.reports], { timeoutMs: 180_000 });
      expect(r.code, r.stderr).toBe(0);
      const [dir] = runDirs(s.reports);
      const report = readReport(dir!) as unknown as { run: { budget: Budget; tests: { once?: boolean }[] }; rules: { id: string; verdict: string; reason: string; leftOut?: string }[] };
      const b = report.run.budget;
      expect([b.minutes, b.maxCreates]).toEqual([8, 60]);
      expect(b.spent.minutes).toBeLessThanOrEqual(8 * 1.05);
      expect(b.planned.creates).toBeLessThanOrEqual(60);
      expect(b.spent.creates).toBeLessThanOrEqual(60);
      expect(b.coverage.centralErrorCodes.checked).toBe(b.coverage.centralErrorCodes.of);
      expect(b.coverage.quotaRules.checked).toBe(b.coverage.quotaRules.of);
      expect(b.coverage.rules.checked).toBeLessThan(b.coverage.rules.of);
      const outside = report.rules.filter((x) => x.leftOut === 'budget');
      expect(outside.length).toBe(b.leftOut);
      expect(outside.length).toBeGreaterThan(0);
      expect(outside.every((x) => x.verdict === 'skipped' && x.reason.startsWith('outside the budget'))).toBe(true);
      // Nothing twice before everything once: with rules left out, every test checked each rule once.
      expect(report.run.tests.length).toBeGreaterThan(0);
      expect(report.run.tests.filter((t) => !t.once)).toEqual([]);
      expect(readFileSync(join(dir!, 'summary.md'), 'utf8')).toMatch(/Budget 8 documented-rate minutes and 60 creates: covered \d+ of \d+ rules/);
      expect(readFileSync(join(dir!, 'index.html'), 'utf8')).toMatch(/<p id="budget">Budget 8 documented-rate minutes and 60 creates: covered/);
      expect(r.stderr).toMatch(/^Budget 8 documented-rate minutes and 60 creates: covered/m);
    } finally { await emu.stop(); }
  }, 240_000);
});
