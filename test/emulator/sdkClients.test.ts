import { ClientError } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { startEmulator } from '../../harness/emulator/startEmulator.js';
import { startMock } from '../../harness/mock/startMock.js';
import { SEED } from '../../harness/model/seed.js';
import { ecsModels as E, officialEcsClient, officialSwasClient, swasModels as S, type EcsClient, type SwasClient } from '../../harness/sdk/officialClients.js';

// The official clients drive the central operations against the emulator (over loopback) and the
// msw mock (in-process), signing V3 and V2; their errors carry the documented code and status.
const spec = getSpec();
const documented = (op: string, code: string) => spec.operations.find((o) => o.operation === op)!.errors.find((e) => e.code === code)!;

interface Target { swas: SwasClient; ecs: EcsClient; close: () => Promise<void> | void }
const credentials = { accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret, regionId: SEED.region };

const targets: [string, () => Promise<Target>][] = [];
for (const v2 of [false, true]) {
  targets.push([`emulator ${v2 ? 'V2' : 'V3'}`, async () => {
    const emu = await startEmulator({ rateLimits: false, delays: { snapshotMs: 0, imageMs: 0 } });
    return { swas: officialSwasClient({ ...credentials, endpoint: emu.url, v2 }), ecs: officialEcsClient({ ...credentials, endpoint: emu.url, v2 }), close: () => emu.close() };
  }]);
  targets.push([`mock ${v2 ? 'V2' : 'V3'}`, async () => {
    const mock = startMock({ rateLimits: false, delays: { snapshotMs: 0, imageMs: 0 } });
    const [swasHost, ecsHost] = mock.hosts;
    return { swas: officialSwasClient({ ...credentials, endpoint: swasHost!, v2 }), ecs: officialEcsClient({ ...credentials, endpoint: ecsHost!, v2 }), close: () => mock.close() };
  }]);
}

async function expectError(promise: Promise<unknown>, op: string, code: string): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error, `${op} should fail with ${code}`).toBeInstanceOf(ClientError);
  expect((error as ClientError).code).toBe(code);
  expect((error as ClientError).statusCode).toBe(documented(op, code).httpStatus);
  expect((error as ClientError).data?.['Message']).toBe(documented(op, code).message);
}

describe.each(targets)('official clients against the %s', (_name, start) => {
  let t: Target;
  beforeAll(async () => { t = await start(); });
  afterAll(() => t.close());
  const region = SEED.region;
  const server = SEED.main.servers[0];

  it('create, share, unshare and delete a SWAS custom image', async () => {
    const created = await t.swas.createCustomImage(new S.CreateCustomImageRequest({
      regionId: region, instanceId: server, systemSnapshotId: 's-seed00000000sys1', imageName: `sdk-${Date.now()}`, tag: [new S.CreateCustomImageRequestTag({ key: 'k', value: 'v' })],
    }));
    const imageId = created.body?.imageId;
    expect(imageId).toMatch(/^m-/);
    await t.swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId: region, imageId, operation: 'Share' }));
    await expectError(t.swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId: region, imageIds: JSON.stringify([imageId]) })), 'DeleteCustomImages', 'CustomImageInShare');
    await t.swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId: region, imageId, operation: 'UnShare' }));
    await t.swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId: region, imageIds: JSON.stringify([imageId]) }));
  });

  it('maps SWAS errors to ClientError with the documented code and status', async () => {
    await expectError(t.swas.createCustomImage(new S.CreateCustomImageRequest({ regionId: region, instanceId: 'nope', systemSnapshotId: 's-seed00000000sys1', imageName: 'abc' })), 'CreateCustomImage', 'InvalidInstanceId.NotFound');
    await expectError(t.swas.createCustomImage(new S.CreateCustomImageRequest({ regionId: region, instanceId: server, systemSnapshotId: 's-seed00000000sys1', imageName: '-bad' })), 'CreateCustomImage', 'InvalidParam.IllegalImageName');
    await expectError(t.swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId: region, imageIds: '["m-none"]' })), 'DeleteCustomImages', 'InvalidImageId.NotFound');
    await expectError(t.swas.modifyImageShareStatus(new S.ModifyImageShareStatusRequest({ regionId: region, imageId: 'm-none', operation: 'share' })), 'ModifyImageShareStatus', 'InvalidParam.OperationIllegal');
  });

  it('creates an ECS image, shares it, changes its attributes', async () => {
    const created = await t.ecs.createImage(new E.CreateImageRequest({ regionId: region, snapshotId: SEED.main.ecsSnapshot, imageName: `sdk-ecs-${Date.now()}` }));
    const imageId = created.body?.imageId;
    expect(imageId).toMatch(/^m-/);
    await new Promise((r) => setTimeout(r, 20));
    await t.ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId: region, imageId, addAccount: [SEED.shareTargets[0]!] }));
    await t.ecs.modifyImageAttribute(new E.ModifyImageAttributeRequest({ regionId: region, imageId, description: 'described by the SDK', features: new E.ModifyImageAttributeRequestFeatures({ imdsSupport: 'v2' }) }));
    await expectError(t.ecs.modifyImageAttribute(new E.ModifyImageAttributeRequest({ regionId: region, imageId, features: new E.ModifyImageAttributeRequestFeatures({ imdsSupport: 'v1' }) })), 'ModifyImageAttribute', 'InvalidOperation.FeaturesImdsSupportNotMatch');
    await expectError(t.ecs.modifyImageAttribute(new E.ModifyImageAttributeRequest({ regionId: region, imageId, status: 'Deprecated' })), 'ModifyImageAttribute', 'ImageUseShared');
    await expectError(t.ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId: region, imageId, addAccount: [SEED.main.accountId] })), 'ModifyImageSharePermission', 'InvalidAccount.Forbbiden');
    await expectError(t.ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId: region, imageId: 'm-none', addAccount: ['1'] })), 'ModifyImageSharePermission', 'InvalidImageId.NotFound');
  });
});
