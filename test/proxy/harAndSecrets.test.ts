import { $OpenApiUtil } from '@alicloud/openapi-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newAjv } from '../../spec/index.js';
import { send } from '../../harness/client/send.js';
import { signedRequest } from '../../harness/client/signedRequest.js';
import { SEED } from '../../harness/model/seed.js';
import { swasModels as S } from '../../harness/sdk/officialClients.js';
import { proxyKit, readAll, type ProxyKit } from './proxyKit.js';

// A canary secret and security token go through the proxy in every form a client sends them
// (V3 Authorization and STS headers, V2 Signature and SecurityToken parameters); none of them,
// and no signature value, may appear in any file the proxy writes. The HAR is HAR 1.2.
const CANARY = 'CANARY-secret-7f3a9c2e-do-not-leak';
const TOKEN = 'CANARY-sts-token-51b8d0-do-not-leak';
const KEY = { accessKeyId: 'LTAIcanary00000001', accessKeySecret: CANARY, accountId: SEED.main.accountId };
const Swas = (createRequire(import.meta.url)('@alicloud/swas-open20200601') as { default: new (c: $OpenApiUtil.Config) => InstanceType<typeof import('@alicloud/swas-open20200601').default> }).default;

/** The HAR 1.2 structure (required fields of log, creator, entry, request, response, content, timings, name/value pairs). */
const nv = { type: 'array', items: { type: 'object', required: ['name', 'value'], properties: { name: { type: 'string' }, value: { type: 'string' } } } };
const HAR = {
  type: 'object', required: ['log'], properties: { log: {
    type: 'object', required: ['version', 'creator', 'entries'], properties: {
      version: { const: '1.2' }, creator: { type: 'object', required: ['name', 'version'] },
      entries: { type: 'array', items: {
        type: 'object', required: ['startedDateTime', 'time', 'request', 'response', 'cache', 'timings'],
        properties: {
          startedDateTime: { type: 'string', format: 'date-time' }, time: { type: 'number', minimum: 0 },
          request: { type: 'object', required: ['method', 'url', 'httpVersion', 'cookies', 'headers', 'queryString', 'headersSize', 'bodySize'], properties: { url: { type: 'string', format: 'uri' }, headers: nv, queryString: nv } },
          response: { type: 'object', required: ['status', 'statusText', 'httpVersion', 'cookies', 'headers', 'content', 'redirectURL', 'headersSize', 'bodySize'], properties: { status: { type: 'integer' }, headers: nv, content: { type: 'object', required: ['size', 'mimeType'] } } },
          cache: { type: 'object' },
          timings: { type: 'object', required: ['send', 'wait', 'receive'], properties: { send: { type: 'number', minimum: -1 }, wait: { type: 'number', minimum: -1 }, receive: { type: 'number', minimum: -1 } } },
        },
        patternProperties: { '^_': {} }, additionalProperties: false,
      } },
    },
  } },
};

let kit: ProxyKit | undefined;
afterEach(async () => { await kit?.proxy.close(); kit?.cleanup(); kit = undefined; });

describe('proxy records', () => {
  it('write HAR 1.2 and no secret, token or signature anywhere', async () => {
    kit = await proxyKit({ credentials: [KEY], faults: { resetAfterCommit: 0.3 }, seed: 3 });
    const endpoint = new URL(kit.proxy.url);
    for (const v2 of [false, true]) {
      const sdk = new Swas(new $OpenApiUtil.Config({ accessKeyId: KEY.accessKeyId, accessKeySecret: CANARY, securityToken: TOKEN, regionId: SEED.region, endpoint: endpoint.host, protocol: 'http', ...(v2 && { signatureAlgorithm: 'v2' }) }));
      for (let i = 0; i < 3; i++) await sdk.listInstances(new S.ListInstancesRequest({ regionId: SEED.region })).catch(() => undefined);
    }
    const r = signedRequest({ endpoint: kit.proxy.url, accessKeyId: KEY.accessKeyId, accessKeySecret: CANARY }, { action: 'ListDisks', version: '2020-06-01', params: { RegionId: SEED.region }, signature: 'v2' });
    await send(r.url, { method: 'POST', headers: r.headers }).catch(() => undefined);

    const signatures = kit.proxy.exchanges.flatMap((e) => {
      const auth = String(e.headers.authorization ?? '');
      const v2sig = new URLSearchParams(e.url.split('?')[1] ?? '').get('Signature');
      return [/Signature=([0-9a-f]{64})/.exec(auth)?.[1], v2sig, v2sig && encodeURIComponent(v2sig)].filter((x): x is string => !!x);
    });
    expect(signatures.length).toBeGreaterThanOrEqual(7);
    expect(kit.proxy.exchanges.some((e) => e.headers['x-acs-security-token'] === TOKEN)).toBe(true);
    expect(kit.proxy.exchanges.some((e) => e.url.includes('SecurityToken='))).toBe(true);

    const { dir, report } = await kit.finish();
    expect(report.rules.find((x) => x.id === 'acs.client.SignatureV3')!.verdict).toBe('pass');
    const files = readAll(dir);
    expect(files.map((f) => f.f.slice(dir.length + 1)).sort()).toEqual(expect.arrayContaining(['exchanges.har', 'gaps.md', 'index.html', 'junit.xml', 'report.json', 'summary.md']));
    for (const { f, text } of files) {
      for (const secret of [CANARY, TOKEN, encodeURIComponent(TOKEN), ...signatures]) expect(text.includes(secret), `${f} holds a secret`).toBe(false);
    }

    const har = JSON.parse(readFileSync(join(dir, 'exchanges.har'), 'utf8')) as { log: { entries: { request: { url: string; headers: { name: string; value: string }[] }; response: { status: number }; _fault?: string; _upstreamResponse?: unknown }[] } };
    const validate = newAjv().compile(HAR);
    expect(validate(har), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(har.log.entries).toHaveLength(kit.proxy.exchanges.length);
    const auth = har.log.entries[0]!.request.headers.find((h) => h.name.toLowerCase() === 'authorization');
    expect(auth?.value).toBe('<redacted>');
    const v2 = har.log.entries.find((e) => e.request.url.includes('SignatureMethod'))!;
    expect(v2.request.url).toMatch(/Signature=%3Credacted%3E/);
    const dropped = har.log.entries.filter((e) => e._fault === 'reset-after-commit');
    expect(dropped.length).toBeGreaterThan(0);
    for (const e of dropped) expect(e).toMatchObject({ response: { status: 0 }, _upstreamResponse: { status: 200 } });
  });
});
