import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../harness/cli/main.js';
import { send } from '../../harness/client/send.js';
import { signedRequest } from '../../harness/client/signedRequest.js';
import { SEED } from '../../harness/model/seed.js';
import type { Report } from '../../harness/report/Report.js';
import { startCli } from '../runCliAsync.js';
import { MAIN } from './proxyKit.js';

const scratch = mkdtempSync(join(tmpdir(), 'acs-proxy-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function proxy(args: string[]) {
  const cli = startCli(['proxy', ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(cli.out().stdout);
      if (m) { clearInterval(poll); resolve(m[1]!); }
    }, 10);
    void cli.done.then(() => { clearInterval(poll); reject(new Error(`proxy exited early: ${cli.out().stderr}`)); });
  });
  return { cli, url };
}
const listInstances = (url: string, extra: Record<string, string> = {}) => {
  const r = signedRequest({ endpoint: url, ...MAIN }, { action: 'ListInstances', version: '2020-06-01', params: { RegionId: SEED.region, ...extra } });
  return send(r.url, { method: 'POST', headers: r.headers });
};
const report = (dir: string): Report => {
  const run = readdirSync(dir).find((d) => /^\d{8}T/.test(d))!;
  return JSON.parse(readFileSync(join(dir, run, 'report.json'), 'utf8')) as Report;
};

describe('acs-conformance proxy', () => {
  it('prints the listening line, forwards to the bundled emulator, writes the report on SIGTERM and exits 0', async () => {
    const dir = join(scratch, 'clean');
    const { cli, url } = await proxy(['--report-dir', dir, '--seed', '5']);
    expect((await listInstances(url)).status).toBe(200);
    cli.child.kill('SIGTERM');
    expect((await cli.done).code).toBe(0);
    const r = report(dir);
    expect(r.run).toMatchObject({ kind: 'proxy', seed: 5, proxy: { upstream: { kind: 'emulator' }, url } });
    expect(r.rules.find((x) => x.id === 'acs.client.SignatureV3')).toMatchObject({ verdict: 'pass', reason: expect.stringContaining("profile's secret") });
    expect(readdirSync(join(dir, r.run.id)).sort()).toEqual(['exchanges.har', 'gaps.md', 'index.html', 'junit.xml', 'report.json', 'summary.md']);
    expect(cli.out().stderr).toMatch(/traffic: 1 requests, 1 logical calls/);
  });

  it('exits 1 when the client broke a documented client rule, after --duration', async () => {
    const dir = join(scratch, 'broken');
    const { cli, url } = await proxy(['--report-dir', dir, '--duration', '1.5s', '--inject', 'latency=1ms']);
    expect((await listInstances(url, { PageSize: '500' })).status).toBe(400);
    expect((await cli.done).code).toBe(1);
    expect(report(dir).rules.find((x) => x.id === 'swas.ListInstances.client.PageSize')).toMatchObject({ verdict: 'fail' });
    expect(cli.out().stderr).toMatch(/FAIL swas\.ListInstances\.client\.PageSize: 1 of 1 check broke it/);
  });

  it.each([
    [['--inject', 'throttle=3'], /--inject 'throttle=3' is not valid/],
    [['--inject', 'slow=1'], /names no fault/],
    [['--upstream', 'nowhere'], /--upstream 'nowhere' is not valid \(expected emulator, mock, cloud or an http\(s\):\/\/host:port URL\)/],
    [['--upstream', 'cloud'], /--upstream cloud needs --profile FILE/],
    [['--port', '70000'], /--port '70000' is not valid/],
    [['--duration', 'soon'], /--duration 'soon' is not valid/],
    [['--profile', '/nonexistent/profile.json'], /profile \/nonexistent\/profile\.json: cannot be read/],
    [['--colour'], /Unknown option '--colour'/],
  ])('%j is refused with one line and exit code 2', async (args, message) => {
    // In-process (main is what bin/acs-conformance.js runs): the spawned tests above cover the process.
    let stderr = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
    try {
      expect(await main(['proxy', ...args])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
