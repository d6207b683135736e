import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../harness/report/Report.js';
import { allOperations } from './officialCalls.js';
import { proxyKit, spec, type ProxyKit } from './proxyKit.js';

// The official SDKs (SWAS and ECS), every one of the 16 operations in scope, successful calls on
// the emulator upstream, signed V3 (their default) and V2: the proxy reports no request rule broken.
const BEHAVIOUR = new Set(['acs.client.RetryAfterThrottling', 'acs.client.RetryBackoff', 'acs.client.NoRetryOnClientError', 'acs.client.RetrySameClientToken', 'acs.client.RetryBounded']);
const kits: ProxyKit[] = [];
afterAll(() => { for (const k of kits) k.cleanup(); });

describe.each([['V3', false], ['V2', true]] as const)('official SDKs through the proxy, signed %s', (scheme, v2) => {
  let report: Report;
  let statuses: number[];

  it('call every one of the 16 operations successfully', async () => {
    const kit = await proxyKit();
    kits.push(kit);
    await allOperations(kit.proxy.url, v2);
    statuses = kit.proxy.exchanges.map((e) => e.seen?.status ?? 0);
    report = (await kit.finish()).report;
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const called = report.traffic!.operations.filter((o) => o.calls > 0).map((o) => o.operation);
    expect(called.sort()).toEqual(spec.operations.map((o) => `${o.product}.${o.operation}`).sort());
  });

  it('break no request rule', () => {
    const broken = report.rules.filter((r) => !BEHAVIOUR.has(r.id) && (r.verdict === 'fail' || r.verdict === 'warn')).map((r) => `${r.id}: ${r.reason}`);
    expect(broken).toEqual([]);
    expect(report.rules.find((r) => r.id === `acs.client.Signature${scheme}`)).toMatchObject({ verdict: 'pass', reason: expect.stringContaining("recomputed with the profile's secret") });
    for (const id of ['acs.client.RequiredHeaders', 'acs.client.Timestamp', 'acs.client.NonceUnique', 'acs.client.KnownAction', 'acs.client.RegionMatchesEndpoint']) expect(report.rules.find((r) => r.id === id)?.verdict, id).toBe('pass');
    // Every parameter the SDK sent was judged (exercised means pass here), the list encodings among them.
    for (const id of ['swas.CreateCustomImage.client.Tag', 'swas.DeleteCustomImages.client.ImageIds', 'ecs.ModifyImageSharePermission.client.AddAccount', 'ecs.ModifyImageAttribute.client.Features', 'ecs.CreateImage.client.Tag']) {
      expect(report.rules.find((r) => r.id === id)?.verdict, id).toBe('pass');
    }
    for (const o of report.traffic!.operations) expect(o.exercised, o.operation).toContain(`${o.operation}.client.OnlyDocumentedParameters`);
  });
});
