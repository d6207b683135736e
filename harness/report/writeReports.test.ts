import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from './Report.js';
import { sampleReport } from './sampleReport.js';
import { writeReports } from './writeReports.js';

const dirs: string[] = [];
const scratch = () => { const d = mkdtempSync(join(tmpdir(), 'acs-reports-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** A signature or ACS3 authorization with a real value, in any of the forms the writers produce (raw, JSON, HTML, URL-encoded). */
const LEAKS = [
  /Signature=(?!<redacted>|&lt;redacted&gt;|%3Credacted%3E)/,
  /"Signature":\s*"(?!<redacted>")/,
  /Authorization:\s*ACS3/i,
  /Credential=/,
];
const leaks = (text: string) => LEAKS.filter((p) => p.test(text)).map(String);

describe('writeReports', () => {
  it('writes the five reports and one case file per fail or warn rule', () => {
    const report = sampleReport();
    const dir = scratch();
    const { files } = writeReports(report, dir);
    const failing = report.rules.filter((r) => r.verdict === 'fail' || r.verdict === 'warn');
    expect(failing.length).toBe(4);
    expect(files.map((f) => relative(dir, f)).sort()).toEqual(
      ['gaps.md', 'index.html', 'junit.xml', 'report.json', 'summary.md', ...failing.map((r) => `cases/${r.id}.json`)].sort());
    expect(walk(dir).sort()).toEqual([...files].sort());
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual(report);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('fills a case file from the rule evidence and reproduction', () => {
    const report = sampleReport();
    const dir = scratch();
    writeReports(report, dir);
    const rule = report.rules.find((r) => r.repro?.seed !== undefined);
    if (!rule?.repro || !rule.evidence) throw new Error('sample has no property failure');
    const c: unknown = JSON.parse(readFileSync(join(dir, rule.repro.case), 'utf8'));
    expect(c).toEqual({
      ruleId: rule.id, statement: rule.statement, basis: 'documented', verdict: 'fail', reason: rule.reason, documented: 'HTTP 400', received: 'HTTP 500',
      exchanges: rule.evidence.exchanges, curl: rule.repro.curl, replay: rule.repro.replay, seed: 42, path: '3:1:0', target: report.run.target,
    });
    const known = report.rules.find((r) => r.verdict === 'known-gap');
    expect(walk(dir).some((f) => f.includes(`${known?.id}.json`))).toBe(false);
  });

  it('keeps every file inside the directory, whatever the rule id', () => {
    const report: Report = structuredClone(sampleReport());
    const failing = report.rules.find((r) => r.verdict === 'fail');
    if (!failing) throw new Error('no failure');
    failing.id = '../../escape/../x';
    const dir = join(scratch(), 'nested', 'run');
    const { files } = writeReports(report, dir);
    for (const f of walk(join(dir, '..', '..'))) expect(relative(dir, f).startsWith('..'), f).toBe(false);
    expect(files).toContain(join(dir, 'cases', '.._.._escape_.._x.json'));
  });

  it('writes no signature or authorization value anywhere', () => {
    const report = sampleReport();
    const dir = scratch();
    writeReports(report, dir);
    const text = walk(dir).map((f) => readFileSync(f, 'utf8'));
    expect(text.join('\n')).toContain('<redacted>');
    expect(text.join('\n')).toContain('&lt;redacted&gt;');
    for (const [i, t] of text.entries()) expect(leaks(t), walk(dir)[i]).toEqual([]);
    // the check itself catches real values in each form
    expect(leaks('Signature=abc')).not.toEqual([]);
    expect(leaks('"Signature": "abc"')).not.toEqual([]);
    expect(leaks('Authorization: ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=f00')).not.toEqual([]);
  });
});
