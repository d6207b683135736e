import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { serveProcess } from '../runCliAsync.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

// Failures, the baseline that turns them into known gaps, stale and expired entries, replay.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
const RULE = 'acs.protocol.RequestIdOnSuccess';
const run = (extra: string[], reports: string) => runCli(['run', '--suite', 'protocol', '--seed', '3', '--report-dir', reports, ...extra], { timeoutMs: 120_000 });

describe('failures, baselines and replay', () => {
  it('a deviation is a failure: exit 1, a case file, and replay says whether it still fails', async () => {
    const reports = join(s.dir, 'a');
    const r = await run(['--deviation', 'success-no-requestid'], reports);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`FAIL ${RULE}`);
    const [dir] = runDirs(reports);
    const rule = readReport(dir!).rules.find((x) => x.id === RULE)!;
    expect(rule.verdict).toBe('fail');
    const kase = join(dir!, rule.repro!.case);
    expect(JSON.parse(readFileSync(kase, 'utf8')).ruleId).toBe(RULE);
    // On the bundled emulator the case's deviations are switched on again: the failure reproduces.
    const still = await runCli(['replay', kase], { timeoutMs: 60_000 });
    expect(still.code, still.stderr).toBe(1);
    expect(still.stdout).toMatch(/still fails/);
    const emu = await serveProcess(['--rate-limits', 'off']);
    try {
      const fixed = await runCli(['replay', kase, '--target', emu.url, '--profile', s.profile], { timeoutMs: 60_000 });
      expect(fixed.code, fixed.stderr).toBe(0);
      expect(fixed.stdout).toMatch(/passes now/);
    } finally { await emu.stop(); }
  });

  it('--update-baseline writes the failures; with it they are known gaps and the exit code is 0', async () => {
    const baseline = join(s.dir, 'baseline.json');
    const first = await run(['--deviation', 'success-no-requestid', '--baseline', baseline, '--update-baseline'], join(s.dir, 'b'));
    expect(first.code).toBe(1);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as { entries: { ruleId: string; target: string }[] };
    expect(written.entries.map((e) => e.ruleId)).toContain(RULE);
    const second = await run(['--deviation', 'success-no-requestid', '--baseline', baseline], join(s.dir, 'c'));
    expect(second.code, second.stderr).toBe(0);
    expect(readReport(runDirs(join(s.dir, 'c'))[0]!).rules.find((x) => x.id === RULE)?.verdict).toBe('known-gap');
  });

  it('reports a baseline entry that passes now as stale, and ignores an expired one', async () => {
    const baseline = join(s.dir, 'stale.json');
    writeFileSync(baseline, JSON.stringify({ entries: [
      { ruleId: 'acs.protocol.BadSignature', target: 'emulator', reason: 'was broken once' },
      { ruleId: RULE, target: '*', reason: 'old gap', expires: '2020-01-01' },
    ] }));
    const r = await run(['--deviation', 'success-no-requestid', '--baseline', baseline], join(s.dir, 'd'));
    expect(r.code).toBe(1);
    const report = readReport(runDirs(join(s.dir, 'd'))[0]!);
    expect(report.observations).toContainEqual(expect.objectContaining({ kind: 'baseline-stale', ruleId: 'acs.protocol.BadSignature' }));
    expect(report.observations).toContainEqual(expect.objectContaining({ kind: 'baseline-expired', ruleId: RULE }));
    expect(report.rules.find((x) => x.id === RULE)?.verdict).toBe('fail');
  });

  it('refuses a malformed baseline with one line', async () => {
    const baseline = join(s.dir, 'bad.json');
    writeFileSync(baseline, JSON.stringify({ entries: [{ ruleId: RULE }] }));
    const r = await run(['--baseline', baseline], join(s.dir, 'e'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/baseline .*bad\.json: .*must have required property/);
  });
});
