import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../emulator/callEmulator.js';
import { runCli } from '../runCli.js';
import { serveProcess, startCli } from '../runCliAsync.js';
import { runDirs, scratch } from './runHelpers.js';

// An interrupted run leaves resources behind only until `cleanup` (or its own Ctrl-C handling)
// removes them; the list operations are the judge.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
const SUITE = ['--suite', 'quotas'];

async function leftovers(url: string): Promise<string[]> {
  const images = await call(url, 'swas', 'ListCustomImages', { PageSize: '100' });
  const snaps = await call(url, 'swas', 'ListSnapshots', { PageSize: '100' });
  const ecs = await call(url, 'ecs', 'DescribeImages', { ImageOwnerAlias: 'self', Status: 'Creating,Available,Deprecated', PageSize: '100' });
  return [
    ...(images.body['CustomImages'] as { Name: string }[]).map((i) => i.Name),
    ...(snaps.body['Snapshots'] as { SnapshotName: string }[]).map((i) => i.SnapshotName),
    ...((ecs.body['Images'] as { Image: { ImageName: string }[] }).Image).map((i) => i.ImageName),
  ].filter((n) => n.startsWith('acsc'));
}

async function untilCreated(reports: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const [dir] = runDirs(reports);
    const ledger = dir && join(dir, 'ledger.jsonl');
    if (ledger && existsSync(ledger) && readFileSync(ledger, 'utf8').includes('"created"')) return ledger;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the run created nothing within 30 s');
}

describe('interrupted runs', () => {
  it('killed hard: cleanup --ledger deletes everything it had created', async () => {
    const emu = await serveProcess(['--time-scale', '0.01']);
    try {
      const reports = join(s.dir, 'kill');
      const run = startCli(['run', '--target', emu.url, '--profile', s.profile, ...SUITE, '--report-dir', reports]);
      const ledger = await untilCreated(reports);
      run.child.kill('SIGKILL');
      await run.done;
      expect((await leftovers(emu.url)).length).toBeGreaterThan(0);
      const r = await runCli(['cleanup', '--ledger', ledger, '--profile', s.profile]);
      expect(r.code, `${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/cleanup: \d+ deleted, 0 left/);
      expect(await leftovers(emu.url)).toEqual([]);
    } finally { await emu.stop(); }
  });

  it('Ctrl-C: the run stops, cleans up by itself and exits 2', async () => {
    const emu = await serveProcess(['--time-scale', '0.01']);
    try {
      const reports = join(s.dir, 'int');
      const run = startCli(['run', '--target', emu.url, '--profile', s.profile, ...SUITE, '--report-dir', reports]);
      await untilCreated(reports);
      run.child.kill('SIGINT');
      const { code } = await run.done;
      expect(run.out().stderr).toMatch(/interrupted/);
      expect(code).toBe(2);
      expect(await leftovers(emu.url)).toEqual([]);
    } finally { await emu.stop(); }
  });

  it('cleanup --sweep finds resources by name prefix', async () => {
    const emu = await serveProcess(['--rate-limits', 'off']);
    try {
      const servers = await call(emu.url, 'swas', 'ListInstances', {});
      const server = (servers.body['Instances'] as { InstanceId: string; Status: string }[]).find((x) => x.Status === 'Running')!;
      const snaps = await call(emu.url, 'swas', 'ListSnapshots', { InstanceId: server.InstanceId });
      const snap = (snaps.body['Snapshots'] as { SnapshotId: string; SourceDiskType: string }[]).find((x) => x.SourceDiskType.toLowerCase() === 'system')!;
      const made = await call(emu.url, 'swas', 'CreateCustomImage', { InstanceId: server.InstanceId, SystemSnapshotId: snap.SnapshotId, ImageName: 'acscsweep-1' });
      expect(made.status).toBe(200);
      const r = await runCli(['cleanup', '--sweep', '--target', emu.url, '--profile', s.profile]);
      expect(r.code, r.stdout).toBe(0);
      expect(await leftovers(emu.url)).toEqual([]);
    } finally { await emu.stop(); }
  });
});
