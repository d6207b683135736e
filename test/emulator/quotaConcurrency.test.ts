import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../harness/emulator/startEmulator.js';
import { SEED } from '../../harness/model/seed.js';
import { call } from './callEmulator.js';

// Concurrent creates at the quota edge: the main account has 3 servers, so 9 custom images.
let emu: RunningEmulator | undefined;
afterEach(() => emu?.close());

async function createConcurrently(url: string, n: number, name: (i: number) => string) {
  return Promise.all(Array.from({ length: n }, (_, i) => call(url, 'swas', 'CreateCustomImage', {
    InstanceId: SEED.main.servers[0], SystemSnapshotId: 's-seed00000000sys1', ImageName: name(i),
  })));
}

describe('concurrent creates', () => {
  it('never exceed the quota', async () => {
    emu = await startEmulator({ rateLimits: false });
    const answers = await createConcurrently(emu.url, 14, (i) => `quota-edge-${i}`);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(9);
    expect(answers.filter((a) => a.body['Code'] === 'CustomImageQuotaLimit')).toHaveLength(5);
    const listed = await call(emu.url, 'swas', 'ListCustomImages', { PageSize: '100' });
    expect(listed.body['TotalCount']).toBe('9');
  });

  it('with one name produce one image', async () => {
    emu = await startEmulator({ rateLimits: false });
    const answers = await createConcurrently(emu.url, 6, () => 'one-name');
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.body['Code'] === 'ImageNameAlreadyExist')).toHaveLength(5);
  });

  it('exceed the quota when the race-quota deviation is on (the check can fail)', async () => {
    emu = await startEmulator({ rateLimits: false, deviations: ['race-quota'] });
    const answers = await createConcurrently(emu.url, 14, (i) => `race-${i}`);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(9);
  });
});
