import { describe, expect, it } from 'vitest';
import type { ModelDeviation } from './modelDeviations.js';
import { EcsBench } from './ops/ecs/ecsBench.js';
import { swasKit } from './ops/swas/swasTestKit.js';
import { SEED } from './seed.js';

// The model's other check-then-act steps (quota, unique name, the 50-account share limit) under
// calls sent at once with nothing between them but microtasks, the way the in-process mock serves
// them: each check and its change are one synchronous step, so the limits hold. With the race
// deviation the same burst overruns them, which shows the burst really interleaves.
const succeeded = (outcomes: { kind: string }[]) => outcomes.filter((o) => o.kind === 'ok').length;

async function quotaEdge(deviations: ModelDeviation[]): Promise<number> {
  const k = swasKit({ deviations });
  for (let i = 1; i <= 8; i++) expect((await k.image(`fill-${i}`)).kind).toBe('ok');
  await Promise.all([1, 2, 3, 4].map((i) => k.image(`race-${i}`)));
  return (await k.images()).length;
}

async function sameName(deviations: ModelDeviation[]): Promise<number> {
  const k = swasKit({ deviations });
  return succeeded(await Promise.all([1, 2, 3].map(() => k.image('same'))));
}

async function shareEdge(deviations: ModelDeviation[]): Promise<number> {
  const b = new EcsBench({ deviations: new Set(deviations) });
  const id = await b.image();
  await b.shareWith(id, 0, 48);
  await Promise.all(SEED.shareTargets.slice(48, 54).map((a) => b.call('ModifyImageSharePermission', { ImageId: id, 'AddAccount.1': a })));
  return (await b.sharedWith(id)).length;
}

describe('limits under concurrent calls', () => {
  it('lets one create into the last quota slot', async () => {
    expect(await quotaEdge([])).toBe(9);
    expect(await quotaEdge(['race-quota'])).toBeGreaterThan(9);
  });

  it('lets one create of a name succeed', async () => {
    expect(await sameName([])).toBe(1);
    expect(await sameName(['race-name'])).toBeGreaterThan(1);
  });

  it('keeps an image at 50 share accounts', async () => {
    expect(await shareEdge([])).toBe(50);
    expect(await shareEdge(['race-share-limit'])).toBeGreaterThan(50);
  });
});
