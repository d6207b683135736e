import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { checkParameters } from './checkParameters.js';

const spec = getSpec();
const op = (name: string) => spec.operations.find((o) => o.operation === name)!;
const verdicts = (name: string, params: Record<string, string>) =>
  Object.fromEntries(checkParameters(op(name), params, 0).map((c) => [c.ruleId.split('.client.')[1], c.ok ? 'ok' : c.detail]));

describe('checkParameters', () => {
  it('passes documented values in every wire form', () => {
    expect(verdicts('DeleteCustomImages', { RegionId: 'cn-hangzhou', ImageIds: '["m-1","m-2"]' })).toEqual({ RegionId: 'ok', ImageIds: 'ok', OnlyDocumentedParameters: 'ok' });
    expect(verdicts('CreateCustomImage', { RegionId: 'r', InstanceId: 'i', ImageName: 'img-1', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v', 'Tag.2.Key': 'k2' })).toMatchObject({ Tag: 'ok', ImageName: 'ok' });
    expect(verdicts('ModifyImageSharePermission', { RegionId: 'r', ImageId: 'm', 'AddAccount.1': '123', IsPublic: 'false' })).toMatchObject({ AddAccount: 'ok', IsPublic: 'ok' });
    expect(verdicts('ModifyImageAttribute', { RegionId: 'r', ImageId: 'm', 'Features.ImdsSupport': 'v2', ImageName: '' })).toMatchObject({ Features: 'ok', ImageName: 'ok' });
    expect(verdicts('ListCustomImages', { RegionId: 'r', PageSize: '100', Share: 'true' })).toMatchObject({ PageSize: 'ok', Share: 'ok' });
  });

  it('names a list sent in the wrong encoding', () => {
    expect(verdicts('DeleteCustomImages', { RegionId: 'r', 'ImageIds.1': 'm-1' }).ImageIds).toMatch(/ImageIds\.1: ImageIds is one query value holding a JSON array literal/);
    expect(verdicts('DeleteCustomImages', { RegionId: 'r', ImageIds: 'm-1,m-2' }).ImageIds).toMatch(/not a JSON array literal/);
    expect(verdicts('CreateCustomImage', { RegionId: 'r', InstanceId: 'i', ImageName: 'img', Tag: 'k=v' }).Tag).toMatch(/sent as one value: Tag is a repeat list/);
    expect(verdicts('CreateCustomImage', { RegionId: 'r', InstanceId: 'i', ImageName: 'img', 'Tag.0.Key': 'k' }).Tag).toMatch(/N counts from 1/);
    expect(verdicts('CreateCustomImage', { RegionId: 'r', InstanceId: 'i', ImageName: 'img', 'Tag.1.Colour': 'k' }).Tag).toMatch(/not a documented wire name/);
    expect(verdicts('ModifyImageSharePermission', { RegionId: 'r', ImageId: 'm', AddAccount: '["1"]' }).AddAccount).toMatch(/repeat list/);
  });

  it('names the broken constraint of a value', () => {
    expect(verdicts('CreateCustomImage', { RegionId: 'r', InstanceId: 'i', ImageName: 'a'.repeat(129) }).ImageName).toMatch(/ImageName must NOT have more than 128 characters .*129 characters/);
    expect(verdicts('ListCustomImages', { RegionId: 'r', PageSize: 'abc' }).PageSize).toMatch(/PageSize must be integer/);
    expect(verdicts('ListCustomImages', { RegionId: 'r', PageSize: '101' }).PageSize).toMatch(/must be <= 100/);
    expect(verdicts('ModifyImageShareStatus', { RegionId: 'r', ImageId: 'm', Operation: 'share' }).Operation).toMatch(/must be equal to one of the allowed values/);
    expect(verdicts('CreateCustomImage', { RegionId: 'r', InstanceId: 'i', ImageName: 'img', 'Tag.1.Key': 'aliyun-x' }).Tag).toMatch(/Tag\.1\.Key must not match \^aliyun/);
    expect(verdicts('DeleteCustomImages', { RegionId: 'r', ImageIds: JSON.stringify(Array.from({ length: 16 }, (_, i) => `m-${i}`)) }).ImageIds).toMatch(/must NOT have more than 15 items/);
    expect(verdicts('ModifyImageSharePermission', { RegionId: 'r', ImageId: 'm', ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`AddAccount.${i + 1}`, String(i)])) }).AddAccount).toMatch(/more than 10 items/);
  });

  it('fails a missing required parameter and names undocumented ones', () => {
    const v = verdicts('DeleteCustomImages', { RegionId: 'r', Foo: '1', imageIds: '["m"]' });
    expect(v.ImageIds).toBe('DeleteCustomImages without ImageIds (required)');
    expect(v.OnlyDocumentedParameters).toBe('undocumented parameters Foo, imageIds');
  });

  it('judges an optional parameter only when it is sent', () => {
    const ids = checkParameters(op('CreateCustomImage'), { RegionId: 'r', InstanceId: 'i', ImageName: 'img' }, 0).map((c) => c.ruleId);
    expect(ids).toContain('swas.CreateCustomImage.client.ImageName');
    expect(ids).not.toContain('swas.CreateCustomImage.client.Tag');
  });
});
