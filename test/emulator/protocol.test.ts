import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorEnvelope } from '../../harness/protocol/index.js';
import { startEmulator, type RunningEmulator } from '../../harness/emulator/startEmulator.js';
import { send } from '../../harness/client/send.js';
import { FAULT_HEADER } from '../../harness/emulator/EmulatorCore.js';
import { call, MAIN } from './callEmulator.js';

let emu: RunningEmulator;
beforeAll(async () => { emu = await startEmulator({ rateLimits: false }); });
afterAll(() => emu.close());

const expectEnvelope = (body: Record<string, unknown>, code: string) => {
  expect(isErrorEnvelope(body), JSON.stringify(body)).toBe(true);
  expect(body['Code']).toBe(code);
};

describe('emulator wire protocol', () => {
  it('accepts a V3-signed call and answers RequestId', async () => {
    const r = await call(emu.url, 'swas', 'ListCustomImages', {});
    expect(r.status).toBe(200);
    expect(typeof r.body['RequestId']).toBe('string');
    expect(r.body['RequestId'].length).toBeGreaterThan(0);
  });

  it('accepts a V2-signed call', async () => {
    const r = await call(emu.url, 'ecs', 'DescribeImages', {}, { signature: 'v2' });
    expect(r.status).toBe(200);
  });

  it('rejects a bad signature with 400 SignatureDoesNotMatch', async () => {
    const r = await call(emu.url, 'swas', 'ListCustomImages', {}, { credentials: { ...MAIN, accessKeySecret: 'wrong' } });
    expect(r.status).toBe(400);
    expectEnvelope(r.body, 'SignatureDoesNotMatch');
  });

  it('rejects a bad V2 signature too', async () => {
    const r = await call(emu.url, 'swas', 'ListCustomImages', {}, { signature: 'v2', credentials: { ...MAIN, accessKeySecret: 'wrong' } });
    expectEnvelope(r.body, 'SignatureDoesNotMatch');
  });

  it('rejects an unknown AccessKey with 404 InvalidAccessKeyId.NotFound', async () => {
    const r = await call(emu.url, 'swas', 'ListCustomImages', {}, { credentials: { accessKeyId: 'LTAInobody', accessKeySecret: 'x' } });
    expect(r.status).toBe(404);
    expectEnvelope(r.body, 'InvalidAccessKeyId.NotFound');
  });

  it('rejects a stale timestamp with 400 InvalidTimeStamp.Expired', async () => {
    const r = await call(emu.url, 'swas', 'ListCustomImages', {}, { date: Date.now() - 20 * 60_000 });
    expect(r.status).toBe(400);
    expectEnvelope(r.body, 'InvalidTimeStamp.Expired');
  });

  it('rejects a reused nonce with 400 SignatureNonceUsed', async () => {
    const nonce = 'a'.repeat(32) + Date.now();
    expect((await call(emu.url, 'swas', 'ListCustomImages', {}, { nonce })).status).toBe(200);
    const r = await call(emu.url, 'swas', 'ListCustomImages', {}, { nonce });
    expect(r.status).toBe(400);
    expectEnvelope(r.body, 'SignatureNonceUsed');
  });

  it('rejects a missing required parameter with 400 Missing…', async () => {
    const r = await call(emu.url, 'swas', 'DeleteCustomImages', {});
    expect(r.status).toBe(400);
    expect(String(r.body['Code'])).toMatch(/^Missing/);
    expect(isErrorEnvelope(r.body)).toBe(true);
  });

  it('rejects an unknown action with 404 InvalidAction.NotFound', async () => {
    const r = await call(emu.url, 'swas', 'LaunchRockets', {});
    expect(r.status).toBe(404);
    expectEnvelope(r.body, 'InvalidAction.NotFound');
  });

  it('carries RequestId, HostId, Code, Message and Recommend in every error', async () => {
    const r = await call(emu.url, 'swas', 'ModifyImageShareStatus', { ImageId: 'm-nothere', Operation: 'Share' });
    expect(r.status).toBe(404);
    expect(Object.keys(r.body).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    expect(r.body['Recommend']).toContain('InvalidImageId.NotFound');
  });

  it('answers 500 InternalError only when a fault is injected', async () => {
    const r = await send(`${emu.url}/`, { method: 'POST', headers: { [FAULT_HEADER]: 'InternalError' } });
    expect(r.status).toBe(500);
    expectEnvelope(JSON.parse(r.text), 'InternalError');
  });
});
