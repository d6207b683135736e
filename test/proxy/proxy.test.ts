import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { send } from '../../harness/client/send.js';
import { signedRequest } from '../../harness/client/signedRequest.js';
import { SEED } from '../../harness/model/seed.js';
import { MAIN, proxyKit, verdictOf, type ProxyKit } from './proxyKit.js';

// The proxy forwards unchanged, injects the faults it is asked for, and judges what came through.
let kit: ProxyKit | undefined;
afterEach(async () => { await kit?.proxy.close(); kit?.cleanup(); kit = undefined; });

const call = (url: string, action: string, params: Record<string, string>, signature: 'v3' | 'v2' = 'v3') => {
  const r = signedRequest({ endpoint: url, ...MAIN }, { action, version: action.startsWith('Describe') || action.startsWith('Modify') && action !== 'ModifyImageShareStatus' ? '2014-05-26' : '2020-06-01', params, signature });
  return send(r.url, { method: 'POST', headers: r.headers });
};
const create = (name: string, token?: string) => ({ RegionId: SEED.region, InstanceId: SEED.main.servers[0], SystemSnapshotId: 's-seed00000000sys1', ImageName: name, ...(token && { ClientToken: token }) });

describe('proxy', () => {
  it('returns the upstream answer unchanged and records the exchange', async () => {
    kit = await proxyKit();
    const answer = await call(kit.proxy.url, 'ListInstances', { RegionId: SEED.region });
    expect(answer.status).toBe(200);
    const [ex] = kit.proxy.exchanges;
    expect(answer.text).toBe(ex!.upstream!.body.toString('utf8'));
    expect(answer.headers['x-acs-request-id']).toBe(ex!.upstream!.headers['x-acs-request-id']);
    expect(ex!.seen).toBe(ex!.upstream);
    const { report, dir } = await kit.finish();
    expect(report.run.kind).toBe('proxy');
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('## Traffic: 1 requests, 1 logical calls (0 retried)');
    expect(summary).toMatch(/\| `swas\.ListInstances` \| 1 \| 2\/12 \| InstanceIds, PublicIpAddresses/);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<section id="traffic">');
    expect(report.rules.every((r) => r.kind === 'client')).toBe(true);
    expect(verdictOf(report, 'acs.client.SignatureV3')).toBe('pass');
    expect(verdictOf(report, 'swas.ListInstances.client.RegionId')).toBe('pass');
    expect(verdictOf(report, 'swas.ListInstances.client.PageSize')).toBe('not-covered');
    expect(report.rules.find((r) => r.id === 'swas.ListInstances.client.PageSize')!.reason).toBe('no ListInstances request carried PageSize');
    expect(report.rules.find((r) => r.id === 'acs.client.RetryAfterThrottling')!.reason).toMatch(/--inject throttle/);
    const ops = report.traffic!.operations;
    expect(ops).toHaveLength(16);
    expect(ops.find((o) => o.operation === 'swas.ListInstances')).toMatchObject({ calls: 1, exercised: ['swas.ListInstances.client.RegionId', 'swas.ListInstances.client.OnlyDocumentedParameters'] });
    expect(ops.find((o) => o.operation === 'ecs.CreateImage')).toMatchObject({ calls: 0, exercised: [] });
  });

  it('answers throttle and 5xx faults itself, without asking the upstream', async () => {
    kit = await proxyKit({ faults: { throttle: 1 } });
    const throttled = await call(kit.proxy.url, 'ListInstances', { RegionId: SEED.region });
    expect(throttled.status).toBe(400);
    expect(JSON.parse(throttled.text)).toMatchObject({ Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', HostId: expect.stringMatching(/^127\.0\.0\.1:/), RequestId: expect.any(String), Recommend: expect.stringContaining('SWAS-OPEN') });
    expect(kit.proxy.exchanges[0]!.upstream).toBeUndefined();
    await kit.proxy.close();
    kit = await proxyKit({ faults: { serverError: 1 } });
    const failed = await call(kit.proxy.url, 'DescribeImages', { RegionId: SEED.region });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.text)).toMatchObject({ Code: 'InternalError', Recommend: expect.stringContaining('product=Ecs') });
  });

  it('on reset-after-commit lets the upstream execute and drops the connection', async () => {
    kit = await proxyKit({ faults: { resetAfterCommit: 1 } });
    await expect(call(kit.proxy.url, 'CreateCustomImage', create('reset-1', 'tok-1'))).rejects.toThrow();
    const [ex] = kit.proxy.exchanges;
    expect(ex!.dropped).toMatch(/reset-after-commit/);
    const created = JSON.parse(ex!.upstream!.body.toString('utf8')) as { ImageId: string };
    expect(created.ImageId).toMatch(/^m-/);
    const images = [...kit.core.model.state.accounts.get(SEED.main.accountId)!.customImages.keys()];
    expect(images).toContain(created.ImageId);
  });

  it('adds the latency asked for', async () => {
    kit = await proxyKit({ faults: { latencyMs: 150 } });
    const started = Date.now();
    expect((await call(kit.proxy.url, 'ListInstances', { RegionId: SEED.region })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('judges a request against the region the proxy stands for', async () => {
    kit = await proxyKit();
    await call(kit.proxy.url, 'ListSnapshots', { RegionId: 'cn-beijing' });
    const { report } = await kit.finish();
    const rule = report.rules.find((r) => r.id === 'acs.client.RegionMatchesEndpoint')!;
    expect(rule.verdict).toBe('warn');
    expect(rule.reason).toMatch(/RegionId "cn-beijing" at an endpoint of cn-hangzhou/);
  });
});
