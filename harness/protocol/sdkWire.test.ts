import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRequest, type DecodedRequest, type RawRequest } from './decodeRequest.js';
import { flatten, type ParamValue } from './flatten.js';
import { signV2 } from './signV2.js';
import { signV3 } from './signV3.js';
import { unflatten } from './unflatten.js';
import { verify } from './verify.js';

// Requests captured from the official Node SDKs, sent to a local server.
const require = createRequire(import.meta.url);
const swas = require('@alicloud/swas-open20200601');
const ecs = require('@alicloud/ecs20140526');

const ID = 'testid';
const SECRET = 'testsecret';
const credentials = (id: string) => (id === ID ? SECRET : undefined);
const NAME = "it's (a)*b!~ 名 +%";

let server: Server;
let endpoint = '';
const captured: RawRequest[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      captured.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      const create = req.headers['x-acs-action'] === 'CreateCustomImage';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(create ? { RequestId: 'x', ImageId: 'm-created' } : { RequestId: 'x' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Case {
  action: string;
  version: string;
  /** What the operation's own parameters look like structured, in wire names. */
  structured: Record<string, ParamValue>;
  call: (clients: { swas: any; ecs: any }) => Promise<any>;
}

const cases: Case[] = [
  {
    action: 'CreateCustomImage',
    version: '2020-06-01',
    structured: {
      ImageName: NAME,
      InstanceId: 'ace0706b2ac4454d984295a94213abcd',
      RegionId: 'cn-hangzhou',
      SystemSnapshotId: 's-bp1example0001',
      Tag: [{ Key: 'env', Value: 'a b*(c)' }, { Key: "o'k", Value: '~!' }],
    },
    call: (c) => c.swas.createCustomImage(new swas.CreateCustomImageRequest({
      regionId: 'cn-hangzhou',
      instanceId: 'ace0706b2ac4454d984295a94213abcd',
      systemSnapshotId: 's-bp1example0001',
      imageName: NAME,
      tag: [
        new swas.CreateCustomImageRequestTag({ key: 'env', value: 'a b*(c)' }),
        new swas.CreateCustomImageRequestTag({ key: "o'k", value: '~!' }),
      ],
    })),
  },
  {
    action: 'DeleteCustomImages',
    version: '2020-06-01',
    structured: { ImageIds: ['m-1', 'm-2'], RegionId: 'cn-hangzhou' },
    call: (c) => c.swas.deleteCustomImages(new swas.DeleteCustomImagesRequest({ regionId: 'cn-hangzhou', imageIds: ['m-1', 'm-2'] })),
  },
  {
    action: 'ModifyImageShareStatus',
    version: '2020-06-01',
    structured: { ClientToken: 'tok-1', ImageId: 'm-1', Operation: 'Share', RegionId: 'cn-hangzhou' },
    call: (c) => c.swas.modifyImageShareStatus(new swas.ModifyImageShareStatusRequest({
      regionId: 'cn-hangzhou', imageId: 'm-1', operation: 'Share', clientToken: 'tok-1',
    })),
  },
  {
    action: 'ModifyImageSharePermission',
    version: '2014-05-26',
    structured: { AddAccount: ['1234567890123456', '2234567890123456'], ImageId: 'm-1', RegionId: 'cn-hangzhou' },
    call: (c) => c.ecs.modifyImageSharePermission(new ecs.ModifyImageSharePermissionRequest({
      regionId: 'cn-hangzhou', imageId: 'm-1', addAccount: ['1234567890123456', '2234567890123456'],
    })),
  },
  {
    action: 'ModifyImageAttribute',
    version: '2014-05-26',
    structured: { DryRun: 'true', Features: { ImdsSupport: 'v2' }, ImageId: 'm-1', RegionId: 'cn-hangzhou' },
    call: (c) => c.ecs.modifyImageAttribute(new ecs.ModifyImageAttributeRequest({
      regionId: 'cn-hangzhou', imageId: 'm-1', dryRun: true,
      features: new ecs.ModifyImageAttributeRequestFeatures({ imdsSupport: 'v2' }),
    })),
  },
];

function clients(mode: 'v3' | 'v2') {
  const config = (Client: any) => new Client(new $OpenApiUtil.Config({
    accessKeyId: ID, accessKeySecret: SECRET, regionId: 'cn-hangzhou', endpoint, protocol: 'http',
    ...(mode === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
  }));
  return { swas: config(swas.default), ecs: config(ecs.default) };
}

async function capture(mode: 'v3' | 'v2', c: Case): Promise<{ raw: RawRequest; decoded: DecodedRequest; response: any }> {
  captured.length = 0;
  const response = await c.call(clients(mode));
  expect(captured).toHaveLength(1);
  const raw = captured[0]!;
  const result = decodeRequest(raw);
  if (!result.ok) throw new Error(`decode failed: ${result.reason} ${result.detail}`);
  return { raw, decoded: result.request, response };
}

const minutes = (n: number) => () => Date.now() + n * 60_000;

describe.each(['v3', 'v2'] as const)('SDK requests signed %s', (mode) => {
  describe.each(cases.map((c) => [c.action, c] as const))('%s', (_action, c) => {
    it('decodes to the right action, version and parameters', async () => {
      const { decoded, response } = await capture(mode, c);
      expect(decoded.method).toBe('POST');
      expect(decoded.path).toBe('/');
      expect(decoded.action).toBe(c.action);
      expect(decoded.version).toBe(c.version);
      expect(decoded.signature.scheme).toBe(mode);
      expect(decoded.params).toEqual(Object.fromEntries(flatten(c.structured)));
      expect(unflatten(decoded.params)).toEqual({ value: c.structured, errors: [] });
      expect(response.body.requestId).toBe('x');
      if (c.action === 'CreateCustomImage') expect(response.body.imageId).toBe('m-created');
    });

    it('verifies, and our signer reproduces the SDK signature', async () => {
      const { raw, decoded } = await capture(mode, c);
      const result = verify(decoded, { credentials });
      expect(result).toMatchObject({ ok: true, accessKeyId: ID, version: mode });
      if (!result.ok) return;
      if (mode === 'v3') {
        expect(result.nonce).toBe(decoded.headers['x-acs-signature-nonce']);
        const { authorization: _auth, ...headers } = decoded.headers;
        const ours = signV3({ method: 'POST', path: '/', query: decoded.queryPairs, headers, body: raw.body ?? '', accessKeyId: ID, accessKeySecret: SECRET });
        expect(ours.headers.Authorization).toBe(decoded.headers['authorization']);
      } else {
        expect(result.nonce).toBe(Object.fromEntries(decoded.queryPairs)['SignatureNonce']);
        const ours = signV2({ method: 'POST', params: decoded.queryPairs, accessKeySecret: SECRET });
        expect(ours.signature).toBe(decoded.signature.scheme === 'v2' ? decoded.signature.signature : '');
      }
    });

    it('rejects a wrong secret, an unknown key and a skewed clock', async () => {
      const { decoded } = await capture(mode, c);
      expect(verify(decoded, { credentials: () => 'wrongsecret' })).toEqual({ ok: false, reason: 'bad-signature' });
      expect(verify(decoded, { credentials: () => undefined })).toEqual({ ok: false, reason: 'unknown-access-key' });
      expect(verify(decoded, { credentials, now: minutes(20) })).toEqual({ ok: false, reason: 'stale-timestamp' });
      expect(verify(decoded, { credentials, now: minutes(-20) })).toEqual({ ok: false, reason: 'stale-timestamp' });
      expect(verify(decoded, { credentials, now: minutes(14) }).ok).toBe(true);
    });

    it('rejects a tampered parameter', async () => {
      const { raw } = await capture(mode, c);
      const tampered = decodeRequest({ ...raw, url: raw.url.replace('RegionId=cn-hangzhou', 'RegionId=cn-beijing') });
      expect(tampered.ok && verify(tampered.request, { credentials })).toEqual({ ok: false, reason: 'bad-signature' });
    });
  });
});

describe('SDK wire quirks', () => {
  it("sends ! ( ) * raw in the query (querystring.escape) but signs them encoded", async () => {
    for (const mode of ['v3', 'v2'] as const) {
      const { raw, decoded } = await capture(mode, cases[0]!);
      expect(raw.url).toContain('ImageName=it%27s%20(a)*b!~%20%E5%90%8D%20%2B%25');
      expect(decoded.params['ImageName']).toBe(NAME);
      expect(verify(decoded, { credentials }).ok).toBe(true);
    }
  });

  it('puts every parameter in the query of a POST with an empty body, in both modes', async () => {
    for (const mode of ['v3', 'v2'] as const) {
      const { raw, decoded } = await capture(mode, cases[3]!);
      expect(raw.body?.length).toBe(0);
      expect(decoded.formPairs).toEqual([]);
    }
  });

  it('V2 mode still sends x-acs-action / x-acs-version headers, which agree with Action / Version', async () => {
    const { raw } = await capture('v2', cases[2]!);
    expect(raw.headers['x-acs-action']).toBe('ModifyImageShareStatus');
    expect(raw.url).toContain('Action=ModifyImageShareStatus');
    expect(raw.headers['authorization']).toBeUndefined();
  });

  it('V3 mode signs host with the port and x-acs-credentials-provider; nonce is 64 hex digits', async () => {
    const { decoded } = await capture('v3', cases[1]!);
    expect(decoded.headers['authorization']).toContain(
      'SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,',
    );
    expect(decoded.headers['host']).toBe(endpoint);
    expect(decoded.headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{64}$/);
  });
});
