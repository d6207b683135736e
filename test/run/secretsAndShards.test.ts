import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../harness/model/seed.js';
import { runCli } from '../runCli.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : [p];
});

describe('secrets', () => {
  it('the AccessKey secret (a canary) is in no file the run wrote, nor in its output', async () => {
    const canary = SEED.main.accessKeySecret;
    const reports = join(s.dir, 'secret');
    // The deviation makes failures, so case files with exchanges are written too.
    const r = await runCli(['run', '--suite', 'protocol', '--seed', '5', '--report-dir', reports, '--deviation', 'nonce-unchecked'], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const written = files(reports);
    expect(written.some((f) => f.includes(`${join('cases', '')}`))).toBe(true);
    for (const f of written) {
      const text = readFileSync(f, 'utf8');
      expect(text.includes(canary), f).toBe(false);
      expect(/Signature=(?!<redacted>)[A-Za-z0-9%+/=]{8,}/.test(text), `${f} holds a signature`).toBe(false);
      expect(/ACS3-HMAC-SHA256 Credential=[^<]/.test(text), `${f} holds an Authorization header`).toBe(false);
    }
    expect(`${r.stdout}${r.stderr}`.includes(canary)).toBe(false);
  });
});

describe('shards', () => {
  it('two shards cover what one run covers, and report merge joins them', async () => {
    const suites = ['--suite', 'protocol', '--suite', 'sdk'];
    const one = await runCli(['run', ...suites, '--shard', '1/2', '--seed', '9', '--report-dir', join(s.dir, 's1')], { timeoutMs: 180_000 });
    const two = await runCli(['run', ...suites, '--shard', '2/2', '--seed', '9', '--report-dir', join(s.dir, 's2')], { timeoutMs: 180_000 });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    const dirs = [...runDirs(join(s.dir, 's1')), ...runDirs(join(s.dir, 's2'))];
    const checked = dirs.map((d) => new Set(readReport(d).rules.filter((x) => x.verdict !== 'not-covered').map((x) => x.id)));
    expect(checked.every((ids) => ids.size > 0)).toBe(true);
    const merged = await runCli(['report', 'merge', ...dirs, '--out', join(s.dir, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    const report = readReport(join(s.dir, 'merged'));
    expect(new Set(report.rules.filter((x) => x.verdict !== 'not-covered').map((x) => x.id))).toEqual(new Set([...checked[0]!, ...checked[1]!]));
  });
});
