import { describe, expect, it } from 'vitest';
import { expectError, expectKnownRules, swasKit } from './swasTestKit.js';

describe('SWAS rate limits (10 calls a minute per account)', () => {
  it('throttles the 11th call in the window and lets calls through once it has passed', async () => {
    const k = swasKit({ rateLimits: true, timeScale: 0.001 }); // the 60 s window lasts 60 ms of model time
    for (let i = 0; i < 10; i++) expect((await k.call('ListCustomImages')).kind).toBe('ok');
    const throttled = await k.call('ListCustomImages');
    expectError(throttled, 'Throttling.User');
    expect(throttled).toMatchObject({ httpStatus: 400 });
    expect(throttled.rules).toContain('swas.ListCustomImages.rate-limit.qps');
    expect((await k.call('ListInstances')).kind).toBe('ok'); // every operation has its own window
    k.advance(60);
    expect((await k.call('ListCustomImages')).kind).toBe('ok');
  });

  it('a throttled create creates nothing', async () => {
    const k = swasKit({ rateLimits: true, timeScale: 0.001 });
    for (let i = 0; i < 11; i++) await k.image(`img-${i}`);
    expect(await k.images()).toHaveLength(9);
    k.advance(60);
    expectError(await k.image('img-over'), 'CustomImageQuotaLimit');
  });

  it('names only rule ids of the catalogue', () => expectKnownRules());
});
