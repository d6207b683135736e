import * as $dara from '@darabonba/typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../../harness/model/seed.js';
import { ecsModels as E, officialEcsClient, officialSwasClient, swasModels as S } from '../../harness/sdk/officialClients.js';
import type { Report } from '../../harness/report/Report.js';
import { MAIN, proxyKit, type ProxyKit } from './proxyKit.js';

// Findings, not requirements: what the proxy reports about the official SDKs' retry and ClientToken
// behaviour under injected faults. Out of the box they never retry (openapi-core retries only with
// config.retryOptions) and never add a ClientToken; configured to retry, they resend the same query
// (the caller's ClientToken, or none) with Darabonba's backoff.
const kits: ProxyKit[] = [];
afterAll(() => { for (const k of kits) k.cleanup(); });
const rule = (r: Report, id: string) => r.rules.find((x) => x.id === `acs.client.${id}`)!;
const o = { ...MAIN, regionId: SEED.region };

/** The retry configuration a user of the SDKs writes: retry throttling, server errors and resets, 3 attempts, Exponential backoff (2^(retries × period) ms). */
const retrying = () => new $dara.RetryOptions({
  retryable: true,
  retryCondition: [new $dara.RetryCondition({ maxAttempts: 3, exception: ['ThrottlingError', 'ServerError'], errorCode: ['ECONNRESET', 'EPIPE', 'ECONNREFUSED'], backoff: { policy: 'Exponential', period: 2 } })],
});

async function session(faults: { throttle?: number; resetAfterCommit?: number }, calls: (url: string) => Promise<unknown>): Promise<{ report: Report; kit: ProxyKit }> {
  const kit = await proxyKit({ faults, seed: 1 });
  kits.push(kit);
  await calls(kit.proxy.url);
  return { report: (await kit.finish()).report, kit };
}

describe('official SDKs under injected faults (findings)', () => {
  it('by default give up on a throttled call at once: RetryAfterThrottling warns', async () => {
    const { report, kit } = await session({ throttle: 1 }, async (url) => {
      const error = await officialSwasClient({ ...o, endpoint: url }).listInstances(new S.ListInstancesRequest({ regionId: SEED.region })).catch((e: Error) => e);
      expect((error as Error).name).toBe('ThrottlingError');
    });
    expect(kit.proxy.exchanges).toHaveLength(1);
    expect(rule(report, 'RetryAfterThrottling')).toMatchObject({ verdict: 'warn', reason: expect.stringContaining('throttled at attempt 1 of 1, never tried again') });
    expect(rule(report, 'RetryBounded').verdict).toBe('not-covered');
  });

  it('by default do not retry a create whose connection dropped, and add no ClientToken', async () => {
    const { report, kit } = await session({ resetAfterCommit: 1 }, async (url) => {
      const error = await officialEcsClient({ ...o, endpoint: url }).createImage(new E.CreateImageRequest({ regionId: SEED.region, snapshotId: SEED.main.ecsSnapshot })).catch((e: Error & { code?: string }) => e);
      expect((error as { code?: string }).code).toBe('ECONNRESET');
    });
    expect(kit.proxy.exchanges).toHaveLength(1);
    expect(new URL(`http://x${kit.proxy.exchanges[0]!.url}`).searchParams.has('ClientToken')).toBe(false);
    expect(rule(report, 'RetrySameClientToken')).toMatchObject({ verdict: 'not-covered' });
  });

  it('configured to retry: retry throttled calls, but Exponential pauses of 4 and 16 ms: RetryBackoff warns', async () => {
    const { report, kit } = await session({ throttle: 1 }, async (url) => {
      const swas = officialSwasClient({ ...o, endpoint: url });
      (swas as unknown as { _retryOptions: unknown })._retryOptions = retrying();
      await swas.listInstances(new S.ListInstancesRequest({ regionId: SEED.region })).catch(() => undefined);
    });
    expect(kit.proxy.exchanges.map((e) => e.headers['x-acs-retry-attempts'] ?? '0')).toEqual(['0', '1', '2']);
    expect(kit.proxy.exchanges.map((e) => e.headers['x-acs-retry-delay'] ?? '-')).toEqual(['-', '4', '16']); // 2^(1×2), 2^(2×2) ms
    expect(rule(report, 'RetryAfterThrottling').verdict).toBe('pass');
    expect(rule(report, 'RetryBounded').verdict).toBe('pass');
    expect(rule(report, 'RetryBackoff')).toMatchObject({ verdict: 'warn', reason: expect.stringMatching(/pauses after throttling \d+ ms, \d+ ms \(\d under 50 ms\)/) });
  });

  it('configured to retry: keep the caller\'s ClientToken (one image), and without one the upstream creates an image per attempt', async () => {
    const { report, kit } = await session({ resetAfterCommit: 1 }, async (url) => {
      const ecs = officialEcsClient({ ...o, endpoint: url });
      (ecs as unknown as { _retryOptions: unknown })._retryOptions = retrying();
      // Two logical calls (their parameters differ apart from ClientToken), each dropped after every attempt.
      await ecs.createImage(new E.CreateImageRequest({ regionId: SEED.region, snapshotId: SEED.main.ecsSnapshot, description: 'with a token', clientToken: 'caller-token-1' })).catch(() => undefined);
      await ecs.createImage(new E.CreateImageRequest({ regionId: SEED.region, snapshotId: SEED.main.ecsSnapshot, description: 'without a token' })).catch(() => undefined);
    });
    expect(kit.proxy.exchanges).toHaveLength(6);
    const r = rule(report, 'RetrySameClientToken');
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('1 of 2 checks broke it; first (exchange #3): ecs.CreateImage: 3 attempts without ClientToken; the upstream created 3 resources ('
      + `${r.reason.match(/\(([^)]+)\)$/)![1]})`);
    expect(r.reason.match(/m-[0-9a-z]+/g)).toHaveLength(3);
    const images = [...kit.core.model.state.accounts.get(SEED.main.accountId)!.ecsImages.keys()].filter((id) => id !== SEED.main.imageInUse);
    expect(images).toHaveLength(4); // one for the call with a ClientToken, three for the one without
  });
});
