import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { call } from './emulator/callEmulator.js';
import { runCli } from './runCli.js';

const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));

/** Starts `acs-conformance serve`, resolves with the URL of its `listening on` line. */
function serve(args: string[]) {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited };
}

describe('acs-conformance serve', () => {
  it('prints one listening line, answers calls and stops cleanly on SIGTERM', async () => {
    const s = serve(['--port', '0', '--rate-limits', 'off']);
    const url = await s.url;
    expect((await call(url, 'swas', 'ListInstances', {})).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('switches a deviation on', async () => {
    const s = serve(['--deviation', 'success-no-requestid', '--rate-limits', 'off']);
    const url = await s.url;
    const r = await call(url, 'swas', 'ListInstances', {});
    expect(r.status).toBe(200);
    expect(r.body['RequestId']).toBeUndefined();
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
  });

  it.each([
    [['--deviation', 'no-such-thing'], /unknown deviation 'no-such-thing'/],
    [['--rate-limits', 'maybe'], /--rate-limits 'maybe' is not valid \(expected on or off\)/],
    [['--time-scale', '0'], /--time-scale '0' is not valid \(expected a positive number\)/],
    [['--time-scale=-1'], /--time-scale '-1' is not valid/],
    [['--time-scale', '-1'], /the value of --time-scale starts with '-'; write --time-scale=VALUE/],
    [['--port', '99999'], /--port '99999' is not valid/],
    [['--colour'], /Unknown option '--colour'/],
  ])('%j is refused with one line and exit code 2', async (args, message) => {
    const r = await runCli(['serve', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists the deviation catalogue', async () => {
    const r = await runCli(['serve', '--list-deviations']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(30);
  });
});
