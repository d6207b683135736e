// Data table: what the response-field rules (spec/rules/responseFields.json) judge, per operation.
// The field names and JSON types are the operation spec's response.schema; this table adds which
// fields may be absent (with why), which are timestamps in the documented format, and the
// documented shapes of ids (from the documentation's examples).

export interface IdShape { pattern: string; mayBeEmpty?: boolean }
export interface FieldTable {
  /** The lists whose items are checked; with none of them holding an item, the rules are undecided. */
  lists?: string[];
  /**
   * Documented fields that may be absent. Presence is required of every field of the 2024 response
   * metadata (the official response table); fields only the SDK's newer models name may be absent
   * (a service answering in the 2024 shape does not send them), and so may fields the
   * documentation ties to a condition (noted). Their type is checked wherever they are present.
   */
  optional?: string[];
  /** Fields documented as yyyy-MM-ddTHH:mm:ssZ. */
  times?: string[];
  ids?: Record<string, IdShape>;
}

const IMAGE: IdShape = { pattern: '^m-[0-9a-z]+$' };
const SNAPSHOT: IdShape = { pattern: '^s-[0-9a-z]+$' };
const DISK: IdShape = { pattern: '^d-[0-9a-z]+$' };
/** SWAS server ids: 32 lower-case hexadecimal characters (the examples, masked at the end). */
const SERVER: IdShape = { pattern: '^[0-9a-f]{32}$' };
const GROUP: IdShape = { pattern: '^rg-[0-9a-z]+$', mayBeEmpty: true };
const maybe = (s: IdShape): IdShape => ({ ...s, mayBeEmpty: true });

export const RESPONSE_FIELDS: Record<string, FieldTable> = {
  'swas.CreateCustomImage': { ids: { ImageId: IMAGE } },
  'swas.CreateSnapshot': { ids: { SnapshotId: SNAPSHOT } },
  'ecs.CreateImage': { ids: { ImageId: IMAGE } },
  'swas.ListCustomImages': {
    lists: ['CustomImages[]'],
    // SDK only: not in the 2024 response metadata.
    optional: ['InShareUser', 'OsType', 'SourceImageName', 'SourceImageVersion', 'RequiredSystemDiskSize', 'RequiredDataDiskSize', 'CreateInstances', 'UserId'].map((f) => `CustomImages[].${f}`),
    times: ['CustomImages[].CreationTime'],
    ids: {
      'CustomImages[].ImageId': IMAGE, 'CustomImages[].InstanceId': maybe(SERVER), 'CustomImages[].SystemSnapshotId': SNAPSHOT,
      'CustomImages[].DataSnapshotId': maybe(SNAPSHOT), 'CustomImages[].ResourceGroupId': GROUP,
    },
  },
  'swas.ListInstances': {
    lists: ['Instances[]'],
    // SDK only.
    optional: ['Instances[].PlanType', 'Instances[].NetworkAttributes'],
    times: ['Instances[].CreationTime', 'Instances[].ExpiredTime', 'Instances[].Disks[].CreationTime'],
    ids: { 'Instances[].InstanceId': SERVER, 'Instances[].Disks[].DiskId': DISK, 'Instances[].ResourceGroupId': GROUP, 'Instances[].Disks[].ResourceGroupId': GROUP },
  },
  'swas.ListDisks': {
    lists: ['Disks[]'],
    times: ['Disks[].CreationTime'],
    ids: { 'Disks[].DiskId': DISK, 'Disks[].InstanceId': SERVER, 'Disks[].ResourceGroupId': GROUP },
  },
  'swas.ListSnapshots': {
    lists: ['Snapshots[]'],
    // The time of the last rollback: none before a snapshot was ever rolled back to.
    optional: ['Snapshots[].RollbackTime'],
    times: ['Snapshots[].CreationTime'],
    ids: { 'Snapshots[].SnapshotId': SNAPSHOT, 'Snapshots[].SourceDiskId': DISK, 'Snapshots[].InstanceId': maybe(SERVER), 'Snapshots[].ResourceGroupId': GROUP },
  },
  'ecs.DescribeImages': {
    lists: ['Images.Image[]'],
    optional: [
      // SDK only.
      ...['LicenseType', 'Usable', 'SecureBootOptions', 'Features.ImdsSupport', 'Features.CpuOnlineUpgrade', 'Features.CpuOnlineDowngrade',
        'Features.MemoryOnlineUpgrade', 'Features.MemoryOnlineDowngrade', 'DiskDeviceMappings.DiskDeviceMapping[].Encrypted'].map((f) => `Images.Image[].${f}`),
      // Tied to a kind of image: Marketplace (ProductCode), certified community (SupplierName), image detection (DetectionOptions),
      // imported (ImportOSS*), being copied (RemainTime).
      ...['ProductCode', 'SupplierName', 'DetectionOptions', 'DiskDeviceMappings.DiskDeviceMapping[].ImportOSSBucket',
        'DiskDeviceMappings.DiskDeviceMapping[].ImportOSSObject', 'DiskDeviceMappings.DiskDeviceMapping[].RemainTime'].map((f) => `Images.Image[].${f}`),
      // The owner of the ECS view of a SWAS image shared to ECS is not documented.
      'Images.Image[].ImageOwnerId',
    ],
    times: ['Images.Image[].CreationTime'],
    ids: { 'Images.Image[].ImageId': IMAGE, 'Images.Image[].DiskDeviceMappings.DiskDeviceMapping[].SnapshotId': maybe(SNAPSHOT), 'Images.Image[].ResourceGroupId': GROUP },
  },
  'ecs.DescribeImageSharePermission': {
    lists: ['Accounts.Account[]'],
    times: ['Accounts.Account[].SharedTime'],
    ids: { ImageId: IMAGE, 'Accounts.Account[].AliyunId': { pattern: '^[0-9]+$' } },
  },
};
