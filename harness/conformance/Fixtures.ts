import type { RuleTest } from './RuleTest.js';

export interface ServerInfo { InstanceId: string; Status: string; systemDiskId?: string; dataDiskIds: string[] }
const USABLE = new Set(['Running', 'Stopped']);
const serverCache = new Map<string, Promise<ServerInfo[]>>();
const list = <T>(body: Record<string, unknown> | undefined, key: string): T[] => (Array.isArray(body?.[key]) ? (body[key] as T[]) : []);

/**
 * The root resources and the helpers every suite needs to reach a state: servers and their disks
 * (discovered; a profile may pin the ones to build on, the quota counts all), snapshots, and custom or ECS images created for a test
 * (named with the run prefix, recorded in the ledger by the client, awaited until usable).
 */
export class Fixtures {
  constructor(private readonly t: RuleTest) {}

  async servers(as: 'main' | 'peer' = 'main'): Promise<ServerInfo[]> {
    // Servers and disks are root resources the suites never change: read them once per worker.
    let cached = serverCache.get(as);
    if (!cached) serverCache.set(as, (cached = this.readServers(as)));
    return cached;
  }

  private async readServers(as: 'main' | 'peer'): Promise<ServerInfo[]> {
    const r = await this.t.call('swas', 'ListInstances', { PageSize: 100 }, { as });
    const chosen = list<{ InstanceId: string; Status: string }>(r.body, 'Instances');
    const disks = list<{ DiskId: string; DiskType: string; InstanceId: string }>((await this.t.call('swas', 'ListDisks', { PageSize: 100 }, { as })).body, 'Disks');
    return chosen.map((s) => ({
      InstanceId: s.InstanceId, Status: s.Status,
      systemDiskId: disks.find((d) => d.InstanceId === s.InstanceId && d.DiskType.toLowerCase() === 'system')?.DiskId,
      dataDiskIds: disks.filter((d) => d.InstanceId === s.InstanceId && d.DiskType.toLowerCase() === 'data').map((d) => d.DiskId),
    }));
  }

  /** Servers the suite may build on: Running or Stopped, and among the profile's pinned ones if it pins some. */
  async usableServers(as: 'main' | 'peer' = 'main'): Promise<ServerInfo[]> {
    const pinned = as === 'main' ? this.t.profile.resources?.swas?.servers : undefined;
    return (await this.servers(as)).filter((s) => USABLE.has(s.Status) && (!Array.isArray(pinned) || pinned.includes(s.InstanceId)));
  }

  /** The documented custom-image quota of an account: min(3 x servers, 15). */
  async imageQuota(as: 'main' | 'peer' = 'main'): Promise<number> {
    return Math.min(3 * (await this.servers(as)).length, 15);
  }

  /** An Accomplished snapshot of a server's system (or data) disk: an existing one, else a new one. */
  async snapshot(server: ServerInfo, type: 'system' | 'data' = 'system', as: 'main' | 'peer' = 'main'): Promise<string | undefined> {
    const r = await this.t.call('swas', 'ListSnapshots', { InstanceId: server.InstanceId, PageSize: 100 }, { as });
    const found = list<{ SnapshotId: string; SourceDiskType: string; Status: string }>(r.body, 'Snapshots')
      .find((s) => s.SourceDiskType.toLowerCase() === type && s.Status === 'Accomplished');
    if (found) return found.SnapshotId;
    const disk = type === 'system' ? server.systemDiskId : server.dataDiskIds[0];
    if (!disk) return undefined;
    const created = await this.t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: this.t.name('snap') }, { as });
    const id = created.body?.['SnapshotId'];
    if (typeof id !== 'string') return undefined;
    const done = await this.t.until(() => this.t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) }, { as }),
      (a) => list<{ Status: string }>(a.body, 'Snapshots')[0]?.Status === 'Accomplished');
    return done ? id : undefined;
  }

  /** Creates a custom image from a server's system snapshot and waits until it is available. */
  async customImage(options: { as?: 'main' | 'peer'; name?: string; wait?: boolean } = {}): Promise<{ imageId: string; name: string; server: ServerInfo; snapshotId: string } | undefined> {
    const as = options.as ?? 'main';
    for (const server of await this.usableServers(as)) {
      const snapshotId = await this.snapshot(server, 'system', as);
      if (!snapshotId) continue;
      const name = options.name ?? this.t.name('img');
      const r = await this.t.call('swas', 'CreateCustomImage', { InstanceId: server.InstanceId, SystemSnapshotId: snapshotId, ImageName: name }, { as });
      const imageId = r.body?.['ImageId'];
      if (typeof imageId !== 'string') return undefined;
      if (options.wait !== false) {
        const ok = await this.t.until(() => this.t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify([imageId]) }, { as }),
          (a) => list<{ Status: string }>(a.body, 'CustomImages')[0]?.Status === '1');
        if (!ok) return undefined;
      }
      return { imageId, name, server, snapshotId };
    }
    return undefined;
  }

  async deleteCustomImages(ids: string[], as: 'main' | 'peer' = 'main'): Promise<void> {
    for (let i = 0; i < ids.length; i += 15) await this.t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify(ids.slice(i, i + 15)) }, { as });
  }

  /** Creates an ECS image from the profile's snapshot (or instance) and waits until Available. */
  async ecsImage(options: { wait?: boolean; name?: string } = {}): Promise<string | undefined> {
    const ecs = this.t.profile.resources?.ecs;
    const source = ecs?.snapshotId ? { SnapshotId: ecs.snapshotId } : ecs?.instanceId ? { InstanceId: ecs.instanceId } : undefined;
    if (!source) return undefined;
    const r = await this.t.call('ecs', 'CreateImage', { ...source, ImageName: options.name ?? this.t.name('ecs') });
    const id = r.body?.['ImageId'];
    if (typeof id !== 'string') return undefined;
    if (options.wait === false) return id;
    const ok = await this.t.until(() => this.t.call('ecs', 'DescribeImages', { ImageId: id, Status: 'Creating,Available', ImageOwnerAlias: 'self' }),
      (a) => ((a.body?.['Images'] as { Image?: { Status: string }[] } | undefined)?.Image ?? [])[0]?.Status === 'Available');
    return ok ? id : undefined;
  }
}
