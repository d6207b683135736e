import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';

// `run --plan` calls nothing: against a URL where nothing listens it still plans, and writes no report.
const dir = mkdtempSync(join(tmpdir(), 'acs-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const profile = join(dir, 'profile.json');
writeFileSync(profile, readFileSync(new URL('../../fixtures/targets/emulator.json', import.meta.url)));

interface Figures { suite?: string; callCount: number; polls: number; calls: Record<string, number>; creates: Record<string, number>; minutes: number; rules: { checked: number } }

describe('run --plan', () => {
  it('plans a run against a URL without calling it, per suite and in total', async () => {
    const r = await runCli(['run', '--plan', '--target', 'http://127.0.0.1:9', '--profile', profile, '--suite', 'quotas', '--suite', 'protocol'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^plan: target http:\/\/127\.0\.0\.1:9 .*nothing is called/);
    expect(r.stdout).toMatch(/^protocol: 9 tests, \d+ calls/m);
    expect(r.stdout).toMatch(/^quotas: 7 tests, \d+ calls .*min \(rates [\d.]+, windows [\d.]+, settling [\d.]+\)/m);
    expect(r.stdout).toMatch(/^ {2}creates: swas\.CustomImage \d+/m);
    expect(r.stdout).toMatch(/^total: 16 tests/m);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  it('--json: the same figures for machines, the total the sum of the suites', async () => {
    const r = await runCli(['run', '--plan', '--json', '--suite', 'quotas', '--suite', 'errors-swas-images'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { suites: Figures[]; total: Figures; budget: unknown; coverage: { quotaRules: { checked: number; of: number } } };
    expect(plan.suites.map((s) => s.suite)).toEqual(['errors-swas-images', 'quotas']);
    expect(plan.total.callCount).toBe(plan.suites.reduce((n, s) => n + s.callCount, 0));
    expect(plan.total.callCount).toBe(Object.values(plan.total.calls).reduce((a, b) => a + b, 0));
    expect(plan.total.creates['swas.CustomImage']).toBeGreaterThan(0);
    expect(plan.total.minutes).toBeGreaterThan(0);
    expect(plan.budget).toBeNull();
    expect(plan.coverage.quotaRules.checked).toBe(plan.coverage.quotaRules.of);
  });
});
