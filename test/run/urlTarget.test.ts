import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { serveProcess } from '../runCliAsync.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

// `run --target URL --profile FILE` against an emulator started as a separate process.
const s = scratch();
let emu: Awaited<ReturnType<typeof serveProcess>>;
beforeAll(async () => { emu = await serveProcess(['--time-scale', '0.01']); });
afterAll(async () => { await emu.stop(); rmSync(s.dir, { recursive: true, force: true }); });

describe('run against a URL', () => {
  it('writes all five report files and exits 0', async () => {
    const r = await runCli(['run', '--target', emu.url, '--profile', s.profile, '--suite', 'protocol', '--seed', '7', '--report-dir', s.reports], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\[1\/1\] protocol\.suite\.ts: \d+ checks/);
    expect(r.stderr).toMatch(/^rules: \d+ {2}pass \d+ {2}fail 0/m);
    expect(r.stderr).toMatch(/error codes of the central operations: \d+\/\d+ verified/);
    const [dir] = runDirs(s.reports);
    for (const f of ['report.json', 'junit.xml', 'summary.md', 'gaps.md', 'index.html']) expect(existsSync(join(dir!, f)), f).toBe(true);
    const report = readReport(dir!);
    expect(report.schemaVersion).toBe(1);
    expect(report.run['seed']).toBe(7);
    expect((report.run['target'] as { label: string }).label).toBe(emu.url);
    expect(report.rules.find((x) => x.id === 'acs.protocol.BadSignature')?.verdict).toBe('pass');
    expect(report.summary.verdicts['not-covered']).toBeGreaterThan(0);
  });
});
