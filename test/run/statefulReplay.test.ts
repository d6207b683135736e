import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { serveProcess } from '../runCliAsync.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

// A kept stateful counterexample re-run alone (--replay-path fixture:NAME): it fails on the
// emulator with its deviation, passes on a correct one, and `replay` of its case file re-runs it.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
const RULE = 'swas.ModifyImageShareStatus.state.InShareFlag';
const run = (extra: string[], reports: string) =>
  runCli(['run', '--seed', '1', '--replay-path', 'fixture:in-share-stuck', '--report-dir', reports, ...extra], { timeoutMs: 120_000 });

describe('stateful counterexamples replay', () => {
  it('fails with the deviation it was found with; its case file re-runs it with that deviation', async () => {
    const reports = join(s.dir, 'a');
    const r = await run(['--deviation', 'in-share-stuck'], reports);
    expect(r.code, r.stderr).toBe(1);
    const [dir] = runDirs(reports);
    const rule = readReport(dir!).rules.find((x) => x.id === RULE)!;
    expect(rule.verdict).toBe('fail');
    const kase = JSON.parse(readFileSync(join(dir!, rule.repro!.case), 'utf8')) as { path: string; deviations: string[]; commands: unknown[] };
    expect(kase.path).toBe('fixture:in-share-stuck');
    expect(kase.deviations).toEqual(['in-share-stuck']);
    expect(kase.commands.length).toBeGreaterThan(0);
    const again = await runCli(['replay', join(dir!, rule.repro!.case)], { timeoutMs: 120_000 });
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toMatch(/re-running the stateful counterexample \(seed 1, path fixture:in-share-stuck\)/);
    const emu = await serveProcess(['--rate-limits', 'off']);
    try {
      const fixed = await runCli(['replay', join(dir!, rule.repro!.case), '--target', emu.url, '--profile', s.profile], { timeoutMs: 120_000 });
      expect(fixed.code, fixed.stderr).toBe(0);
    } finally { await emu.stop(); }
  }, 300_000);

  it('passes on the emulator without deviations, and runs only the stateful suite', async () => {
    const reports = join(s.dir, 'b');
    const r = await run([], reports);
    expect(r.code, r.stderr).toBe(0);
    const report = readReport(runDirs(reports)[0]!);
    expect(report.rules.find((x) => x.id === RULE)?.verdict).toBe('pass');
    expect(report.run['suites']).toEqual(['stateful']);
  }, 120_000);
});
