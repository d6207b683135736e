import { seededRandom, type SeededRandom } from '../../linearizability/seededRandom.js';
import type { AccountConvention } from '../accountExists.js';
import { emptyAccount, type Account, type EcsImage } from '../state.js';
import { addWorldServer } from './worldServers.js';
import { WorldIds } from './worldIds.js';
import type { World, WorldAccount } from './World.js';

/** Regions both products document endpoints for; a world lives in one and keeps a server in another. */
const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'ap-southeast-1', 'eu-central-1', 'us-west-1'];

const account = (ids: WorldIds, id: string): WorldAccount => ({ accountId: id, accessKeyId: ids.accessKeyId(), accessKeySecret: ids.secret() });

function ecsImage(ids: WorldIds, r: SeededRandom, region: string, snapshotId: string, extra: Partial<EcsImage> = {}): EcsImage {
  return {
    ImageId: ids.prefixed('m-'), ImageName: ids.name('golden'), Description: r.next() < 0.5 ? '' : ids.name('built'), ImageFamily: '',
    Status: 'Available', readyAt: 0, BootMode: r.pick(['BIOS', 'UEFI']), LicenseType: '', ImdsSupport: r.pick(['v1', 'v2']), NvmeSupport: 'unsupported',
    Architecture: 'x86_64', Size: r.pick([40, 60]), RegionId: region, CreationTime: ids.time(), SnapshotId: snapshotId, shares: new Map(),
    usedByInstance: false, Tags: [], ...extra,
  };
}

/** Custom images the account already holds (they count against its quota), from servers with a system snapshot. */
function addCustomImages(main: Account, ids: WorldIds, r: SeededRandom, region: string, sources: { id: string; systemSnapshots: string[] }[]): void {
  const withSnapshot = sources.filter((s) => s.systemSnapshots.length);
  const count = Math.min(withSnapshot.length, r.int(0, sources.length >= 2 ? 2 : 1));
  for (const s of r.shuffle(withSnapshot).slice(0, count)) {
    const id = ids.prefixed('m-');
    main.customImages.set(id, {
      ImageId: id, Name: ids.name('kept'), Description: '', InstanceId: s.id, SystemSnapshotId: s.systemSnapshots[0]!, DataSnapshotId: '',
      RegionId: region, ResourceGroupId: '', CreationTime: ids.time(), readyAt: 0, InShare: r.next() < 0.3, Tags: [],
    });
  }
}

/**
 * A world drawn from `seed` (not 0): its region, account ids and keys, the convention for which
 * account ids exist, the main and peer accounts' servers (how many, in which states, in what
 * order), disks, snapshots, custom images the main account already holds, the ECS root resources,
 * ECS images that exist before a run (one maybe shared with the main account by the peer), and
 * its readings of what the docs leave open (state.ts Readings).
 */
export function randomWorld(seed: number): World {
  const r = seededRandom(Math.imul(seed ^ 0x5bd1e995, 2654435761) >>> 0);
  const ids = new WorldIds(r);
  const [region, elsewhere] = r.shuffle(REGIONS) as [string, string];
  const kind = r.pick(['listed', 'any-except', 'prefix'] as const);
  const prefix = kind === 'prefix' ? String(r.int(10, 99)) : '';
  const main = account(ids, ids.account(prefix));
  const peer = account(ids, ids.account(prefix));
  const shareTargets = Array.from({ length: r.int(55, 64) }, () => ids.account(prefix));
  const unknownAccountId = ids.account(prefix);
  const convention: AccountConvention = kind === 'listed' ? { kind } : kind === 'any-except' ? { kind, except: [unknownAccountId] } : { kind, prefixes: [prefix], except: [unknownAccountId] };

  const mainAccount = emptyAccount(main.accountId);
  const statuses = r.shuffle([
    ...Array<string>(r.int(1, 4)).fill('Running'), ...Array<string>(r.int(0, 2)).fill('Stopped'), ...Array<string>(r.int(0, 2)).fill('Disabled'),
  ]);
  const servers = { running: [] as string[], stopped: [] as string[], disabled: [] as string[] };
  const made = statuses.map((status) => {
    const s = addWorldServer(mainAccount, r, ids, region, status);
    servers[status.toLowerCase() as keyof typeof servers].push(s.id);
    return s;
  });
  addWorldServer(mainAccount, r, ids, elsewhere, 'Running');
  addCustomImages(mainAccount, ids, r, region, made.filter((_, i) => statuses[i] === 'Running'));

  const ecs = {
    instanceId: ids.prefixed('i-'), snapshotId: ids.prefixed('s-'), imageInUse: ids.prefixed('m-'),
    instanceInBadState: ids.prefixed('i-'), snapshotInProgress: ids.prefixed('s-'),
  };
  const size = r.pick([40, 50, 60]);
  mainAccount.ecsInstances.set(ecs.instanceId, { InstanceId: ecs.instanceId, Status: r.pick(['Running', 'Stopped']), RegionId: region, systemDiskSize: size });
  mainAccount.ecsInstances.set(ecs.instanceInBadState, { InstanceId: ecs.instanceInBadState, Status: r.pick(['Starting', 'Stopping', 'Pending']), RegionId: region, systemDiskSize: size });
  mainAccount.ecsSnapshots.set(ecs.snapshotId, { SnapshotId: ecs.snapshotId, Status: 'accomplished', RegionId: region, SourceDiskType: 'system', Size: size });
  mainAccount.ecsSnapshots.set(ecs.snapshotInProgress, { SnapshotId: ecs.snapshotInProgress, Status: 'progressing', RegionId: region, SourceDiskType: 'system', Size: size });
  mainAccount.ecsImages.set(ecs.imageInUse, { ...ecsImage(ids, r, region, ecs.snapshotId, { usedByInstance: true, Size: size, BootMode: 'BIOS' }), ImageId: ecs.imageInUse });
  for (let i = r.int(0, 2); i > 0; i--) {
    const image = ecsImage(ids, r, region, ecs.snapshotId, { Size: size, ...(r.next() < 0.3 && { Status: 'Deprecated' as const }) });
    mainAccount.ecsImages.set(image.ImageId, image);
  }

  const peerAccount = emptyAccount(peer.accountId);
  for (let i = r.int(2, 6); i > 0; i--) addWorldServer(peerAccount, r, ids, region, 'Running');
  if (r.next() < 0.5) addWorldServer(peerAccount, r, ids, region, 'Stopped');
  if (r.next() < 0.5) {
    const image = ecsImage(ids, r, region, ids.prefixed('s-'));
    image.shares.set(main.accountId, ids.time());
    peerAccount.ecsImages.set(image.ImageId, image);
  }

  return {
    seed, region, secondRegion: elsewhere, main, peer, shareTargets, unknownAccountId, servers, ecs, pinServers: r.next() < 0.3,
    state: {
      accounts: new Map([[mainAccount.id, mainAccount], [peerAccount.id, peerAccount]]),
      knownAccounts: new Set(shareTargets),
      accountConvention: convention, readings: { stoppedRefuses: r.next() < 0.5, listsReversed: r.next() < 0.5 }, tokens: new Map(), rate: new Map(), seq: 0,
    },
  };
}
