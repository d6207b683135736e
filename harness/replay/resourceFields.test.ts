import { describe, expect, it } from 'vitest';
import { resourceFields, viewOf } from './resourceFields.js';

describe('resourceFields', () => {
  it("keys each listed item by its own id, with the fields polling compares; items without a Status are not resources", () => {
    const body = {
      Images: { Image: [{ ImageId: 'm-1', Status: 'Available', DiskDeviceMappings: { DiskDeviceMapping: [{ SnapshotId: 's-9' }] } }] },
      Snapshots: [{ SnapshotId: 's-1', SourceDiskId: 'd-1', InstanceId: 'i-1', Status: 'Accomplished' }],
      Disks: [{ DiskId: 'd-1', InstanceId: 'i-1', Status: 'In_use' }],
      CustomImages: [{ ImageId: 'm-2', Status: '1', InShare: true }],
    };
    const listed = resourceFields(body);
    expect(Object.fromEntries(listed)).toEqual({
      'm-1': { Status: 'Available' }, 's-1': { Status: 'Accomplished' }, 'd-1': { Status: 'In_use' }, 'm-2': { Status: '1', InShare: 'true' },
    });
    expect(viewOf(listed, ['m-2', 'm-gone'])).toEqual({ 'm-2': { Status: '1', InShare: 'true' }, 'm-gone': null });
  });
});
