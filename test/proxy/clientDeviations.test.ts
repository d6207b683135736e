import { afterAll, describe, expect, it } from 'vitest';
import { parseInject } from '../../harness/proxy/FaultPlan.js';
import type { Report } from '../../harness/report/Report.js';
import { CLIENT_DEVIATIONS, type ClientDeviation, type ClientDeviationName } from '../../tools/clientDeviations.js';
import { runScenario } from '../../tools/deviantClient.js';
import { MAIN, proxyKit, spec, type ProxyKit } from './proxyKit.js';

// The client deviation catalogue, run through the proxy: silent on the well-behaved client (also
// under faults), and every misbehaviour caught by each rule it names (fail, or warn for an inferred rule).
const kits: ProxyKit[] = [];
afterAll(() => { for (const k of kits) k.cleanup(); });
const basis = new Map(spec.rules.map((r) => [r.id, r.basis]));

async function judged(deviation: ClientDeviationName | undefined, d: Partial<ClientDeviation> = {}): Promise<Report> {
  const kit = await proxyKit({ faults: parseInject(d.inject ?? []), seed: d.seed ?? 1 });
  kits.push(kit);
  await runScenario({ endpoint: kit.proxy.url, ...MAIN, ...(deviation && { deviation }) });
  return (await kit.finish()).report;
}
const broken = (r: Report) => r.rules.filter((x) => x.verdict === 'fail' || x.verdict === 'warn').map((x) => `${x.id}: ${x.reason}`);
const verdicts = (r: Report, ids: string[]) => Object.fromEntries(ids.map((id) => [id, r.rules.find((x) => x.id === id)?.verdict]));

describe('client deviation catalogue', () => {
  it('reports nothing broken for the well-behaved client, and exercises every cross-operation request rule', async () => {
    const r = await judged(undefined);
    expect(broken(r)).toEqual([]);
    expect(verdicts(r, ['acs.client.SignatureV3', 'acs.client.SignatureV2', 'acs.client.RequiredHeaders', 'acs.client.Timestamp', 'acs.client.NonceUnique', 'acs.client.KnownAction', 'acs.client.RegionMatchesEndpoint', 'acs.client.NoRetryOnClientError']))
      .toEqual(Object.fromEntries(['SignatureV3', 'SignatureV2', 'RequiredHeaders', 'Timestamp', 'NonceUnique', 'KnownAction', 'RegionMatchesEndpoint', 'NoRetryOnClientError'].map((n) => [`acs.client.${n}`, 'pass'])));
    expect(r.traffic!.operations.filter((o) => o.calls > 0).map((o) => o.operation).sort()).toEqual(['ecs.DescribeImages', 'swas.CreateCustomImage', 'swas.DeleteCustomImages', 'swas.ListCustomImages', 'swas.ListDisks', 'swas.ListInstances', 'swas.ModifyImageShareStatus']);
  });

  it('reports nothing broken for the well-behaved client under throttling, 5xx and dropped connections, and exercises every behaviour rule', async () => {
    const r = await judged(undefined, { inject: ['throttle=0.3', '5xx=0.15', 'reset-after-commit=0.15'], seed: 4 });
    expect(broken(r)).toEqual([]);
    expect(verdicts(r, ['acs.client.RetryAfterThrottling', 'acs.client.RetryBackoff', 'acs.client.RetrySameClientToken', 'acs.client.RetryBounded', 'acs.client.NoRetryOnClientError']))
      .toEqual({ 'acs.client.RetryAfterThrottling': 'pass', 'acs.client.RetryBackoff': 'pass', 'acs.client.RetrySameClientToken': 'pass', 'acs.client.RetryBounded': 'pass', 'acs.client.NoRetryOnClientError': 'pass' });
    expect(r.rules.find((x) => x.id === 'acs.client.RetrySameClientToken')!.reason).toMatch(/the upstream created 1 resource/);
  }, 30_000);

  it.each(Object.entries(CLIENT_DEVIATIONS) as [ClientDeviationName, ClientDeviation][])('catches %s', async (name, d) => {
    const r = await judged(name, d);
    const expected = Object.fromEntries(d.breaks.map((id) => [id, basis.get(id) === 'inferred' ? 'warn' : 'fail']));
    expect(verdicts(r, d.breaks), broken(r).join('\n')).toEqual(expected);
  }, 30_000);

  it('names rules of the catalogue, and covers every hand-written client rule', () => {
    const ids = new Set(spec.rules.map((r) => r.id));
    const named = new Set(Object.values(CLIENT_DEVIATIONS).flatMap((d) => d.breaks));
    for (const id of named) expect(ids.has(id), id).toBe(true);
    const hand = spec.rules.filter((r) => r.kind === 'client' && r.origin === 'hand').map((r) => r.id);
    expect(hand.filter((id) => !named.has(id))).toEqual([]);
  });
});
