/** The reference model's state: what one emulated cloud holds. Plain data, no behaviour. */

export interface Tag { Key: string; Value: string }

export interface Server {
  InstanceId: string;
  InstanceName: string;
  /** Running, Stopped, Disabled, Pending, Starting, Stopping, Resetting, Upgrading. */
  Status: string;
  RegionId: string;
  PlanId: string;
  ImageId: string;
  CreationTime: string;
  ExpiredTime: string;
  systemDiskId: string;
  dataDiskIds: string[];
  /** Optional seed details ListInstances reports and filters on (absent: empty / none). */
  PublicIpAddress?: string;
  ResourceGroupId?: string;
  Tags?: Tag[];
}

export interface Disk {
  DiskId: string;
  DiskName: string;
  DiskType: 'system' | 'data';
  InstanceId: string;
  Size: number;
  Category: string;
  Device: string;
  RegionId: string;
  CreationTime: string;
  ResourceGroupId?: string;
  Tags?: Tag[];
}

export interface Snapshot {
  SnapshotId: string;
  SnapshotName: string;
  SourceDiskId: string;
  SourceDiskType: 'system' | 'data';
  InstanceId: string;
  RegionId: string;
  Remark: string;
  CreationTime: string;
  /** When the snapshot turns from Progressing to Accomplished (model clock, ms). */
  readyAt: number;
  Tags: Tag[];
  ResourceGroupId?: string;
  /** Listed only from then on (model clock, ms): a snapshot that shows up late (snapshot-refusal-taken). */
  visibleAt?: number;
}

export interface CustomImage {
  ImageId: string;
  Name: string;
  Description: string;
  InstanceId: string;
  SystemSnapshotId: string;
  DataSnapshotId: string;
  RegionId: string;
  ResourceGroupId: string;
  CreationTime: string;
  /** When status "4" (creating) becomes "1" (available). */
  readyAt: number;
  /** Shared to ECS (ModifyImageShareStatus). */
  InShare: boolean;
  Tags: Tag[];
  /** Was ever shared to ECS (what the in-share-stuck deviation keeps showing). */
  everShared?: boolean;
  /** How many times it was shared (what the reshare-flag-lost deviation looks at). */
  shareCount?: number;
}

export interface EcsImage {
  ImageId: string;
  ImageName: string;
  Description: string;
  ImageFamily: string;
  /** Stored status once created: Available or Deprecated (Creating is derived from readyAt). */
  Status: 'Available' | 'Deprecated';
  readyAt: number;
  BootMode: string;
  LicenseType: string;
  ImdsSupport: string;
  NvmeSupport: string;
  Architecture: string;
  Size: number;
  RegionId: string;
  CreationTime: string;
  SnapshotId: string;
  /** Account id -> SharedTime. */
  shares: Map<string, string>;
  /** Instances were created from the image (blocks BootMode changes and plain DeleteImage). */
  usedByInstance: boolean;
  Tags: Tag[];
  /** Optional details CreateImage records (absent: the defaults of ecsImageDefaults.ts, or none). */
  Platform?: string;
  ImageVersion?: string;
  ResourceGroupId?: string;
  /** The image's disks; absent: one system disk of Size from SnapshotId. */
  disks?: EcsImageDisk[];
  /** Accounts removed from the share list, kept only for the revoked-share-visible deviation. */
  revokedFrom?: Set<string>;
}

export interface EcsImageDisk { SnapshotId: string; Size: number; Device: string; Type: 'system' | 'data' }

export interface EcsInstance { InstanceId: string; Status: string; RegionId: string; systemDiskSize: number }
export interface EcsSnapshot {
  SnapshotId: string; Status: string; RegionId: string; SourceDiskType: 'system' | 'data'; Size: number;
  /** The instance whose disk the snapshot is of (a `progressing` one blocks CreateImage from it). */
  InstanceId?: string;
  /** A snapshot the model took itself is `progressing` until then, `accomplished` after. */
  readyAt?: number;
}

export interface Account {
  id: string;
  servers: Map<string, Server>;
  disks: Map<string, Disk>;
  snapshots: Map<string, Snapshot>;
  customImages: Map<string, CustomImage>;
  ecsImages: Map<string, EcsImage>;
  ecsInstances: Map<string, EcsInstance>;
  ecsSnapshots: Map<string, EcsSnapshot>;
  /** Deleted SWAS custom images, kept only for the stale-list-after-delete deviation. */
  deletedCustomImages: Map<string, CustomImage>;
  /** Quota slots deleted images keep holding, only under the deleted-quota-leak deviation. */
  leakedQuotaSlots?: number;
}

export interface TokenEntry { fingerprint: string; outcome: import('./outcome.js').Outcome; at: number }

export interface ModelState {
  accounts: Map<string, Account>;
  /** Accounts that exist in the emulated cloud and may be shared with. */
  knownAccounts: Set<string>;
  /** Readings of what the docs leave open, where a world differs from the default (absent: the default). */
  readings?: Readings;
  /** Which other ids name an account too (absent: none; see accountExists.ts). */
  accountConvention?: import('./accountExists.js').AccountConvention;
  /** `${account}|${product}.${action}|${token}` -> first outcome. */
  tokens: Map<string, TokenEntry>;
  /** `${account}|${product}.${action}` -> window start and calls counted in it. */
  rate: Map<string, { start: number; calls: number }>;
  /** Monotonic counter behind generated ids. */
  seq: number;
}

/**
 * Choices the docs leave to an implementation, which randomised worlds vary so that no suite
 * rests on the default ones: whether a Stopped server refuses images and snapshots (the default
 * allows both), and whether ListCustomImages and ListSnapshots list in the opposite order.
 */
export interface Readings { stoppedRefuses?: boolean; listsReversed?: boolean }

export function emptyAccount(id: string): Account {
  return {
    id, servers: new Map(), disks: new Map(), snapshots: new Map(), customImages: new Map(),
    ecsImages: new Map(), ecsInstances: new Map(), ecsSnapshots: new Map(), deletedCustomImages: new Map(),
  };
}
