import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { serveProcess } from '../runCliAsync.js';
import { answerRewriter } from './answerRewriter.js';
import { ownResources } from './ownResources.js';
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

// A failing request on an image the failing run created: replay must make its own image first.
describe('replay of a failure on resources the run created', () => {
  const SHARED = 'ecs.ModifyImageAttribute.error.ImageUseShared';
  let kase = '';
  beforeAll(async () => {
    const reports = join(s.dir, 'shared');
    const r = await runCli(['run', '--suite', 'errors-ecs-images', '--rule', SHARED, '--deviation', 'deprecate-shared-allowed', '--report-dir', reports], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(1);
    kase = join(runDirs(reports)[0]!, 'cases', `${SHARED}.json`);
  }, 150_000);
  const replayOn = (url: string) => runCli(['replay', kase, '--target', url, '--profile', s.profile], { timeoutMs: 60_000 });

  it('the case records the setup: the create and the id it answered, the wait, the share, the failing request last', () => {
    const c = JSON.parse(readFileSync(kase, 'utf8')) as { exchanges: unknown[]; curl: string; replay: string; setup: { action: string; params: Record<string, string>; created?: string; resources?: object; body?: unknown }[] };
    expect(c.exchanges).toHaveLength(1);
    expect(c.curl).toContain('ModifyImageAttribute');
    expect(c.setup.map((x) => x.action)).toEqual(['CreateImage', 'DescribeImages', 'ModifyImageSharePermission', 'ModifyImageAttribute']);
    const made = c.setup[0]!.created!;
    expect(made).toMatch(/^m-/);
    expect(c.setup[1]!.resources).toEqual({ [made]: { Status: 'Available' } });
    expect(c.setup.at(-1)!.params).toMatchObject({ ImageId: made, Status: 'Deprecated' });
    expect(c.setup.some((x) => 'body' in x)).toBe(false);
  });

  it('on a fresh emulator with the deviation it still fails, on an image of its own, and deletes what it made', async () => {
    const emu = await serveProcess(['--rate-limits', 'off', '--deviation', 'deprecate-shared-allowed']);
    try {
      const before = await ownResources(emu.url);
      const r = await replayOn(emu.url);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/^setup: 3 steps re-sent; m-\w+ is m-\w+ now$/m);
      expect(r.stdout).toContain(`${SHARED} on ${emu.url}: still fails (documented HTTP 403 ImageUseShared, received HTTP 200)`);
      expect(await ownResources(emu.url)).toEqual(before);
    } finally { await emu.stop(); }
  });

  it('where the target now refuses with another code it fails differently, and prints both answers', async () => {
    const emu = await serveProcess(['--rate-limits', 'off']);
    const proxy = await answerRewriter(emu.url, (action, status, text) =>
      (action === 'ModifyImageAttribute' && text.includes('"ImageUseShared"') ? { status, text: text.replace('"ImageUseShared"', '"OperationDenied.ImageShared"') } : undefined));
    try {
      const before = await ownResources(emu.url);
      const r = await replayOn(proxy.url);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain(`${SHARED} on ${proxy.url}: fails differently (documented HTTP 403 ImageUseShared; recorded HTTP 200, now HTTP 403 OperationDenied.ImageShared)`);
      expect(await ownResources(emu.url)).toEqual(before);
    } finally { await proxy.stop(); await emu.stop(); }
  });

  it('setup the target refuses is a tool-side outcome: exit 2 naming the step, and the image made before it is deleted', async () => {
    const emu = await serveProcess(['--rate-limits', 'off']);
    const proxy = await answerRewriter(emu.url, (action, status, text) =>
      (action === 'ModifyImageSharePermission' && status === 200 ? { status: 403, text: JSON.stringify({ RequestId: 'x', HostId: 'h', Code: 'QuotaExceed.ShareImageUser', Message: 'refused by the test' }) } : undefined));
    try {
      const before = await ownResources(emu.url);
      const r = await replayOn(proxy.url);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('replay: setup step 3/4 (ecs.ModifyImageSharePermission) answered HTTP 403 QuotaExceed.ShareImageUser where the recording had HTTP 200');
      expect(r.stdout).not.toMatch(/still fails|passes now|fails differently/);
      expect(await ownResources(emu.url)).toEqual(before);
    } finally { await proxy.stop(); await emu.stop(); }
  });
});
