import { describe, expect, it } from 'vitest';
import { getSpec, newAjv } from '../../spec/index.js';
import { RESPONSE_CHECKS } from './responseChecks.js';
import { strictSchema } from './strictSchema.js';

const listCustomImages = getSpec().operations.find((o) => o.operation === 'ListCustomImages')!;
const page = { RequestId: 'r-1', TotalCount: '1', PageNumber: '1', PageSize: '10' };

describe('strictSchema', () => {
  const validate = newAjv().compile(strictSchema(listCustomImages.response.schema));

  it('accepts a body with documented names only', () => {
    expect(validate({ ...page, CustomImages: [{ ImageId: 'm-1', Name: 'a', Status: '1', InShare: false, Tags: [{ Key: 'k', Value: 'v' }] }] })).toBe(true);
  });

  it('refuses an undocumented name, also nested, but leaves enums and required lists alone', () => {
    const item = { ImageId: 'm-1', Name: 'a', Status: '1', InShare: false };
    expect(validate({ ...page, CustomImages: [{ ...item, ImageName: 'a' }] })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/CustomImages/0', params: { additionalProperty: 'ImageName' } });
    expect(validate({ ...page, CustomImages: [{ ...item, Tags: [{ Key: 'k', TagKey: 'k' }] }] })).toBe(false);
    expect(validate({ ...page, CustomImages: [{ ...item, Status: '9' }] })).toBe(false);
  });
});

describe('RESPONSE_CHECKS', () => {
  it('wants the pagination of ListCustomImages as strings of digits', () => {
    const check = RESPONSE_CHECKS['swas.ListCustomImages.response.PaginationStrings']!.check;
    expect(check(page)).toMatchObject({ ok: true });
    expect(check({ ...page, TotalCount: 1 })).toEqual({ ok: false, received: 'TotalCount 1' });
  });

  it('wants InstanceId on system-disk snapshots only, and says when a kind is missing', () => {
    const check = RESPONSE_CHECKS['swas.ListSnapshots.response.InstanceIdForSystemDiskOnly']!.check;
    const sys = { SnapshotId: 's-1', SourceDiskType: 'System', InstanceId: 'i-1' };
    expect(check({ Snapshots: [sys, { SnapshotId: 's-2', SourceDiskType: 'Data', InstanceId: '' }] })).toMatchObject({ ok: true });
    expect(check({ Snapshots: [sys, { SnapshotId: 's-2', SourceDiskType: 'Data', InstanceId: 'i-1' }] })).toMatchObject({ ok: false });
    expect(check({ Snapshots: [sys] })).toEqual({ undecided: 'the account has no data-disk snapshot to check' });
  });
});
