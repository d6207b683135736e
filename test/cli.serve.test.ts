import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { call } from './emulator/callEmulator.js';
import { buildWorld } from '../harness/model/world/buildWorld.js';
import { loadProfile } from '../harness/targets/loadProfile.js';
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
    [['--world-seed', 'x'], /--world-seed 'x' is not valid \(expected an integer/],
  ])('%j is refused with one line and exit code 2', async (args, message) => {
    const r = await runCli(['serve', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serves a randomised world and writes its profile, which a run against the URL can use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acs-serve-world-'));
    const file = join(dir, 'world.json');
    const s = serve(['--world-seed', '7', '--write-profile', file, '--rate-limits', 'off']);
    const url = await s.url;
    const profile = loadProfile(file);
    const world = buildWorld(7);
    expect(profile).toMatchObject({ accountId: world.main.accountId, region: world.region, unknownAccountId: world.unknownAccountId, endpoints: { swas: url, ecs: url } });
    const creds = profile.credentials as { accessKeyId: string; accessKeySecret: string };
    const listed = await call(url, 'swas', 'ListInstances', { RegionId: profile.region, PageSize: 100 }, { credentials: creds });
    expect(listed.status).toBe(200);
    expect(Number(listed.body['TotalCount'])).toBe(world.servers.running.length + world.servers.stopped.length + world.servers.disabled.length);
    // The default world's keys name no account here.
    expect((await call(url, 'swas', 'ListInstances', {})).status).toBe(404);
    // An existing file is never overwritten.
    const again = await runCli(['serve', '--world-seed', '7', '--write-profile', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; it is not overwritten/);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the deviation catalogue', async () => {
    const r = await runCli(['serve', '--list-deviations']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(30);
  });
});
