import { emptyAccount, type Account, type ModelState } from './state.js';

/**
 * The emulator's default seed: the root resources the APIs under test cannot create (servers,
 * disks, ECS instances and snapshots), for two accounts that hold credentials, plus accounts that
 * exist only as share targets. fixtures/targets/emulator.json names the same ids.
 */
export const SEED = {
  region: 'cn-hangzhou',
  /** The second region the default profile names (secondRegion): the default world holds nothing there. */
  secondRegion: 'cn-shanghai',
  main: {
    accountId: '1000000000000001', accessKeyId: 'LTAIemulatorMain0001', accessKeySecret: 'emulator-main-secret-not-a-real-key',
    servers: ['2d06ee0520b44de1ae88d4be00000001', '2d06ee0520b44de1ae88d4be00000002'],
    disabledServer: '2d06ee0520b44de1ae88d4be000000d1',
    ecsInstance: 'i-bp1emulator000001', ecsSnapshot: 's-bp1emulatorsys01', imageInUse: 'm-bp1emulatorinuse1',
    ecsInstanceStarting: 'i-bp1emulator000002', ecsSnapshotInProgress: 's-bp1emulatorprog1',
  },
  peer: {
    accountId: '1000000000000002', accessKeyId: 'LTAIemulatorPeer0002', accessKeySecret: 'emulator-peer-secret-not-a-real-key',
    serverCount: 6,
  },
  shareTargets: Array.from({ length: 60 }, (_, i) => `11000000000000${String(i + 1).padStart(2, '0')}`),
} as const;

const T0 = Date.UTC(2026, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function addServer(account: Account, id: string, status: string, withData: boolean, n: number): void {
  const system = `d-${id.slice(-10)}sys`;
  const data = withData ? [`d-${id.slice(-10)}dat`] : [];
  account.servers.set(id, {
    InstanceId: id, InstanceName: `server-${n}`, Status: status, RegionId: SEED.region, PlanId: 'swas.s1.c2m1s40b1.linux',
    ImageId: 'm-bp1systemimage0001', CreationTime: iso(T0), ExpiredTime: iso(T0 + 365 * 86_400_000), systemDiskId: system, dataDiskIds: data,
  });
  for (const [diskId, type] of [[system, 'system'], ...data.map((d) => [d, 'data'])] as [string, 'system' | 'data'][]) {
    account.disks.set(diskId, {
      DiskId: diskId, DiskName: `${type}-disk-${n}`, DiskType: type, InstanceId: id, Size: type === 'system' ? 40 : 20,
      Category: 'ESSD', Device: type === 'system' ? '/dev/xvda' : '/dev/xvdb', RegionId: SEED.region, CreationTime: iso(T0),
    });
  }
}

function addSnapshot(account: Account, id: string, diskId: string): void {
  const disk = account.disks.get(diskId)!;
  account.snapshots.set(id, {
    SnapshotId: id, SnapshotName: `seed-${disk.DiskType}-${id.slice(-4)}`, SourceDiskId: diskId, SourceDiskType: disk.DiskType,
    InstanceId: disk.InstanceId, RegionId: SEED.region, Remark: '', CreationTime: iso(T0), readyAt: 0, Tags: [],
  });
}

/** A fresh model state holding the default seed. */
export function seedState(): ModelState {
  const main = emptyAccount(SEED.main.accountId);
  SEED.main.servers.forEach((id, i) => addServer(main, id, 'Running', i === 0, i + 1));
  addServer(main, SEED.main.disabledServer, 'Disabled', false, 9);
  const [first, second] = SEED.main.servers;
  addSnapshot(main, 's-seed00000000sys1', `d-${first.slice(-10)}sys`);
  addSnapshot(main, 's-seed00000000dat1', `d-${first.slice(-10)}dat`);
  addSnapshot(main, 's-seed00000000sys2', `d-${second.slice(-10)}sys`);
  main.ecsInstances.set(SEED.main.ecsInstance, { InstanceId: SEED.main.ecsInstance, Status: 'Running', RegionId: SEED.region, systemDiskSize: 40 });
  main.ecsSnapshots.set(SEED.main.ecsSnapshot, { SnapshotId: SEED.main.ecsSnapshot, Status: 'accomplished', RegionId: SEED.region, SourceDiskType: 'system', Size: 40 });
  // Root resources in states no call in scope can produce: an instance starting, a snapshot in progress.
  main.ecsInstances.set(SEED.main.ecsInstanceStarting, { InstanceId: SEED.main.ecsInstanceStarting, Status: 'Starting', RegionId: SEED.region, systemDiskSize: 40 });
  main.ecsSnapshots.set(SEED.main.ecsSnapshotInProgress, { SnapshotId: SEED.main.ecsSnapshotInProgress, Status: 'progressing', RegionId: SEED.region, SourceDiskType: 'system', Size: 40 });
  main.ecsImages.set(SEED.main.imageInUse, {
    ImageId: SEED.main.imageInUse, ImageName: 'seed-image-in-use', Description: 'An image instances were created from', ImageFamily: '',
    Status: 'Available', readyAt: 0, BootMode: 'BIOS', LicenseType: '', ImdsSupport: 'v1', NvmeSupport: 'unsupported', Architecture: 'x86_64',
    Size: 40, RegionId: SEED.region, CreationTime: iso(T0), SnapshotId: SEED.main.ecsSnapshot, shares: new Map(), usedByInstance: true, Tags: [],
  });

  const peer = emptyAccount(SEED.peer.accountId);
  for (let i = 1; i <= SEED.peer.serverCount; i++) {
    const id = `7f3c9a10b2d44e5f8a6b1c2d3e4f00${String(i).padStart(2, '0')}`;
    addServer(peer, id, 'Running', false, i);
    addSnapshot(peer, `s-peer0000000sys${String(i).padStart(2, '0')}`, `d-${id.slice(-10)}sys`);
  }

  return {
    accounts: new Map([[main.id, main], [peer.id, peer]]),
    knownAccounts: new Set([main.id, peer.id, ...SEED.shareTargets]),
    tokens: new Map(), rate: new Map(), seq: 0,
  };
}
