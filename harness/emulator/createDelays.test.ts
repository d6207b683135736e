import { describe, expect, it } from 'vitest';
import { signedRequest } from '../client/signedRequest.js';
import { SEED } from '../model/seed.js';
import { EMULATOR_CLOCK_HEADER } from './clockHeader.js';
import { CREATE_DELAY_SCALES, delayScaleOf, EMULATOR_DELAY_HEADER } from './createDelays.js';
import { EmulatorCore } from './EmulatorCore.js';

const SYSTEM_DISK = `d-${SEED.main.servers[1].slice(-10)}sys`;

/** One signed call to the core with the given extra headers; its status and body. */
async function call(core: EmulatorCore, action: string, params: Record<string, string>, headers: Record<string, string>) {
  const req = signedRequest({ endpoint: 'http://127.0.0.1:1', accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret },
    { action, version: '2020-06-01', params: { RegionId: SEED.region, ...params } });
  const url = new URL(req.url);
  const answer = await core.handle({ method: 'POST', url: `${url.pathname}${url.search}`, headers: { ...req.headers, ...headers }, body: Buffer.alloc(0) });
  return JSON.parse(answer.body) as Record<string, any>;
}

/** The status of a snapshot taken with `headers`, read again after `pause` ms. */
async function statusAfter(headers: Record<string, string>, pause: number): Promise<string> {
  const core = new EmulatorCore({ timeScale: 1, rateLimits: false, delays: { snapshotMs: 3000, imageMs: 3000 } });
  const id = (await call(core, 'CreateSnapshot', { DiskId: SYSTEM_DISK, SnapshotName: 'delay-test' }, headers))['SnapshotId'] as string;
  await new Promise((r) => setTimeout(r, pause));
  return (await call(core, 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) }, {}))['Snapshots'][0]['Status'];
}

describe('the harness sets how long the emulator\'s creations last, per call', () => {
  it('a create naming a delay factor lasts base delay x factor, whatever the call\'s time scale', async () => {
    // 3000 ms x 0.01 = 30 ms at the clock header's scale; 3000 ms x 0.5 = 1.5 s with the delay header.
    expect(await statusAfter({ [EMULATOR_CLOCK_HEADER]: '0.01' }, 80)).toBe('Accomplished');
    expect(await statusAfter({ [EMULATOR_CLOCK_HEADER]: '0.01', [EMULATOR_DELAY_HEADER]: '0.5' }, 80)).toBe('Progressing');
  });

  it('reads only sane factors', () => {
    expect(delayScaleOf({ [EMULATOR_DELAY_HEADER]: '0.5' })).toBe(0.5);
    for (const bad of ['slow', '0', '-1', '100']) expect(delayScaleOf({ [EMULATOR_DELAY_HEADER]: bad })).toBeUndefined();
    expect(delayScaleOf({})).toBeUndefined();
  });

  it('slows the suites that must see creations in progress', () => {
    expect(CREATE_DELAY_SCALES['lists']).toBeGreaterThan(0);
  });
});
