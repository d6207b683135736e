import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';

// Bad input: one line naming what is wrong and what is expected, exit code 2, no stack trace.
const dir = mkdtempSync(join(tmpdir(), 'acs-bad-'));
const profile = JSON.parse(readFileSync(new URL('../../fixtures/targets/emulator.json', import.meta.url), 'utf8')) as Record<string, unknown>;
let html: Server;
let htmlUrl: string;

beforeAll(async () => {
  html = createServer((_q, s) => { s.writeHead(200, { 'content-type': 'text/html' }); s.end('<!doctype html><title>Welcome to nginx!</title>'); });
  await new Promise<void>((r) => html.listen(0, '127.0.0.1', () => r()));
  htmlUrl = `http://127.0.0.1:${(html.address() as AddressInfo).port}`;
});
afterAll(() => { html.close(); rmSync(dir, { recursive: true, force: true }); });

const write = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p; };

async function expectOneLine(args: string[], message: RegExp) {
  const r = await runCli(args, { cwd: dir });
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('run refuses bad input', () => {
  it('an unknown flag', () => expectOneLine(['run', '--colour', 'red'], /run: Unknown option '--colour'.*expected: .*--target/));
  it('--json without --plan', () => expectOneLine(['run', '--json'], /run: --json is for --plan/));
  it('a resume folder that is not there', () => expectOneLine(['run', '--resume', join(dir, 'no-such-run')], /run: --resume '.*no-such-run' is not a folder \(expected the report folder of an earlier run/));
  it('a resume folder without a report', () => expectOneLine(['run', '--resume', dir], /run: --resume '.*' has no report\.json/));
  it('a resume with a flag it takes from the run it resumes', () => expectOneLine(['run', '--resume', dir, '--seed', '4'], /run: --resume takes --seed from the run it resumes/));
  it('a budget that is not a number of minutes', () => expectOneLine(['run', '--budget-minutes', 'soon'], /run: --budget-minutes 'soon' is not valid \(expected a number of documented-rate minutes > 0/));
  it('a budget with --shard', () => expectOneLine(['run', '--max-creates', '5', '--shard', '1/2'], /run: --budget-minutes and --max-creates are for one run, not for --shard/));
  it('a bad shard', () => expectOneLine(['run', '--shard', '3/2'], /--shard '3\/2' is not valid \(expected i\/n/));
  it('an unknown suite', () => expectOneLine(['run', '--suite', 'nope'], /unknown suite 'nope' \(expected one of: .*protocol/));
  it('a malformed replay path', () => expectOneLine(['run', '--seed', '1', '--replay-path', '3;1'], /--replay-path '3;1' is not valid \(expected a fast-check path like 3:1:0@AB:c or fixture:NAME/));
  it('a replay path without its seed', () => expectOneLine(['run', '--replay-path', '3:1'], /--replay-path needs the --seed of the run that found it/));
  it('a bad target', () => expectOneLine(['run', '--target', 'ftp://x'], /--target 'ftp:\/\/x' is not valid \(expected emulator, mock, cloud or an http/));
  it('a profile that is not JSON', () => expectOneLine(['run', '--target', 'http://127.0.0.1:9', '--profile', write('a.json', '{ nope')], /profile .*a\.json: not valid JSON/));
  it('a profile with a wrong field', () => expectOneLine(['run', '--target', 'http://127.0.0.1:9', '--profile', write('b.json', JSON.stringify({ ...profile, region: 'Hangzhou' }))], /profile .*b\.json: field 'region' must match pattern/));
  it('a profile with a missing field', () => {
    const { accountId: _drop, ...rest } = profile;
    return expectOneLine(['run', '--target', 'http://127.0.0.1:9', '--profile', write('c.json', JSON.stringify(rest))], /profile .*c\.json: field 'accountId' is missing/);
  });
  it('a profile with an unknown field', () => expectOneLine(['run', '--target', 'http://127.0.0.1:9', '--profile', write('d.json', JSON.stringify({ ...profile, colour: 1 }))], /field 'colour' is not a profile field/));
  it('a missing profile file', () => expectOneLine(['run', '--target', 'http://127.0.0.1:9', '--profile', join(dir, 'none.json')], /cannot be read \(ENOENT\)/));
  it('an unreachable endpoint', () => expectOneLine(['run', '--target', 'http://127.0.0.1:9', '--profile', write('e.json', JSON.stringify(profile))], /target http:\/\/127\.0\.0\.1:9 is unreachable \(.*connection refused\); expected an endpoint speaking the Alibaba Cloud RPC protocol/));
  it('an endpoint answering HTML', () => expectOneLine(['run', '--target', htmlUrl, '--profile', write('f.json', JSON.stringify(profile))], /answered ListInstances with HTTP 200 and HTML or XML; expected a JSON answer/));
  it('a URL target without a profile', () => expectOneLine(['run', '--target', 'http://127.0.0.1:9'], /needs --profile FILE/));
});
