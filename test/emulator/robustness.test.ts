import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { isErrorEnvelope } from '../../harness/protocol/index.js';
import { startEmulator, type RunningEmulator } from '../../harness/emulator/startEmulator.js';
import { call } from './callEmulator.js';
import { rawHttp, rawRequest } from './rawHttp.js';

// Malformed input of any kind gets a well-formed 4xx error envelope; never a crash, never a 5xx.
const SEED = Number(process.env['FC_SEED'] ?? 20261123);
let emu: RunningEmulator;
beforeAll(async () => { emu = await startEmulator({ rateLimits: false }); });
afterAll(() => emu.close());

const expectClientError = (status: number, body: string) => {
  expect(status, body).toBeGreaterThanOrEqual(400);
  expect(status, body).toBeLessThan(500);
  expect(isErrorEnvelope(JSON.parse(body)), body).toBe(true);
};

describe('malformed requests', () => {
  it.each([
    ['bad percent-encoding', rawRequest('POST', '/?Action=ListCustomImages&Version=2020-06-01&RegionId=%ZZ')],
    ['non-UTF-8 bytes', rawRequest('POST', '/?Action=ListCustomImages&Version=2020-06-01&RegionId=%C3%28')],
    ['repeated parameters', rawRequest('POST', '/?Action=ListCustomImages&Version=2020-06-01&RegionId=a&RegionId=b')],
    ['a huge parameter', rawRequest('POST', '/', { 'content-type': 'application/x-www-form-urlencoded' }, `Action=ListCustomImages&Version=2020-06-01&RegionId=${'x'.repeat(2 * 1024 * 1024)}`)],
    ['an XML body', rawRequest('POST', '/?Action=ListCustomImages&Version=2020-06-01', { 'content-type': 'text/xml' }, '<a/>')],
    ['a JSON body', rawRequest('POST', '/', { 'content-type': 'application/json' }, '{"Action":"ListCustomImages"}')],
    ['no action', rawRequest('POST', '/?Version=2020-06-01')],
    ['an unknown version', rawRequest('POST', '/?Action=ListCustomImages&Version=1999-01-01')],
    ['a strange method', rawRequest('DELETE', '/?Action=ListCustomImages&Version=2020-06-01')],
    ['no signature', rawRequest('POST', '/?Action=ListCustomImages&Version=2020-06-01&RegionId=cn-hangzhou')],
    ['raw non-ASCII bytes in the target', rawRequest('POST', Buffer.from([0x2f, 0x3f, 0xff, 0xfe, 0x41]))],
  ])('%s', async (_name, bytes) => {
    const { status, body } = await rawHttp(emu.port, bytes);
    expectClientError(status, body);
  });

  it('random bytes after the request line never crash it', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (junk) => {
      const { status, body } = await rawHttp(emu.port, Buffer.concat([Buffer.from('POST /?'), Buffer.from(junk), Buffer.from(' HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n')]));
      // Whether node:http or the emulator refuses the bytes, the answer is a 4xx envelope.
      return status >= 400 && status < 500 && isErrorEnvelope(JSON.parse(body));
    }), { seed: SEED, numRuns: 60 });
  });
});

describe('signed requests with random parameters', () => {
  const spec = getSpec();
  const actions = spec.operations.map((o) => ({ product: o.product, action: o.operation, names: o.parameters.flatMap((p) => p.wire.map((w) => w.replace('N', '1'))) }));
  const value = fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9-]{0,8}$/), fc.constantFrom('', 'true', '[', '["m-1"]', '[1,2]', '{}', 'null', '1e999', '-1', 'Share', 'v2'), fc.string({ unit: 'binary', maxLength: 20 }));

  it('always get 200 JSON with RequestId or a well-formed 4xx envelope', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...actions), fc.array(fc.tuple(fc.nat(), value), { maxLength: 8 }), async (op, picks) => {
      const params: Record<string, string> = {};
      for (const [i, v] of picks) params[op.names[i % Math.max(1, op.names.length)] ?? 'X'] = v;
      const r = await call(emu.url, op.product, op.action, params);
      if (r.status === 200) return typeof r.body['RequestId'] === 'string';
      return r.status >= 400 && r.status < 500 && isErrorEnvelope(r.body);
    }), { seed: SEED, numRuns: 300 });
  });
});
