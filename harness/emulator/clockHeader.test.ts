import { describe, expect, it } from 'vitest';
import { signedRequest } from '../client/signedRequest.js';
import { SEED } from '../model/seed.js';
import { EMULATOR_CLOCK_HEADER } from './clockHeader.js';
import { EmulatorCore } from './EmulatorCore.js';

/** Eleven ListInstances calls (the documented limit is 10 a minute), then one more after `pause` ms. */
async function burst(core: EmulatorCore, scale: string | undefined, pause: number): Promise<number[]> {
  const statuses: number[] = [];
  const once = async () => {
    const req = signedRequest({ endpoint: 'http://127.0.0.1:1', accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret },
      { action: 'ListInstances', version: '2020-06-01', params: { RegionId: SEED.region } });
    const url = new URL(req.url);
    const headers = { ...req.headers, ...(scale && { [EMULATOR_CLOCK_HEADER]: scale }) };
    statuses.push((await core.handle({ method: 'POST', url: `${url.pathname}${url.search}`, headers, body: Buffer.alloc(0) })).status);
  };
  for (let i = 0; i < 11; i++) await once();
  await new Promise((r) => setTimeout(r, pause));
  await once();
  return statuses;
}

describe('the harness sets the emulator\'s clock per call', () => {
  it('a call naming a time scale gets windows of that scale; without it the emulator keeps its own', async () => {
    // 60 s x 0.01 = 600 ms: eleven in-process calls fit in it even on an overloaded machine (a 30 ms
    // window did not at a load of 11 on 2 cores), and the window is over after 1.2 s.
    expect(await burst(new EmulatorCore({ timeScale: 1 }), '0.01', 1200)).toEqual([...Array(10).fill(200), 400, 200]);
    expect(await burst(new EmulatorCore({ timeScale: 1 }), undefined, 60)).toEqual([...Array(10).fill(200), 400, 400]);
  });

  it('ignores a value that is no time scale', async () => {
    expect(await burst(new EmulatorCore({ timeScale: 1 }), 'fast', 60)).toEqual([...Array(10).fill(200), 400, 400]);
  });
});
