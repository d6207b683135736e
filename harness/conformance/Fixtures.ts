import { seededRandom } from '../linearizability/seededRandom.js';
import type { RuleTest } from './RuleTest.js';

export interface ServerInfo { InstanceId: string; Status: string; systemDiskId?: string; dataDiskIds: string[] }
/** The profile's names for servers by state, and the Status ListInstances reports for each. */
const STATES = { running: 'Running', stopped: 'Stopped', disabled: 'Disabled' } as const;
export type ServerState = keyof typeof STATES;
const serverCache = new Map<string, Promise<ServerInfo[]>>();
const list = <T>(body: Record<string, unknown> | undefined, key: string): T[] => (Array.isArray(body?.[key]) ? (body[key] as T[]) : []);
const byId = <T extends { InstanceId: string }>(a: T, b: T) => (a.InstanceId < b.InstanceId ? -1 : a.InstanceId > b.InstanceId ? 1 : 0);

/** A server in a wanted state, or why none can be used. */
export type ServerPick = { server: ServerInfo } | { missing: string };

/**
 * The root resources and the helpers every suite needs to reach a state: servers and their disks
 * (discovered, in id order so that the same target gives the same picks; a profile may pin them
 * by state), snapshots, and custom or ECS images created for a test (named with the run prefix,
 * recorded in the ledger by the client, awaited until usable). Suites build only on Running
 * servers: which other states allow images or snapshots the docs do not say.
 */
export class Fixtures {
  constructor(private readonly t: RuleTest) {}

  async servers(as: 'main' | 'peer' = 'main'): Promise<ServerInfo[]> {
    // Servers and disks are root resources the suites never change: read them once per worker.
    // Per target and account: a worker may run suites against targets of their own.
    const key = `${this.t.profile.endpoints.swas}|${as}`;
    let cached = serverCache.get(key);
    if (!cached) serverCache.set(key, (cached = this.readServers(as)));
    return cached;
  }

  private async readServers(as: 'main' | 'peer'): Promise<ServerInfo[]> {
    // Read once per worker: a plan counts these calls once per suite, whichever of its tests runs first.
    const r = await this.t.call('swas', 'ListInstances', { PageSize: 100 }, { as, perSuite: true });
    const chosen = list<{ InstanceId: string; Status: string }>(r.body, 'Instances');
    const disks = list<{ DiskId: string; DiskType: string; InstanceId: string }>((await this.t.call('swas', 'ListDisks', { PageSize: 100 }, { as, perSuite: true })).body, 'Disks')
      .sort((a, b) => (a.DiskId < b.DiskId ? -1 : a.DiskId > b.DiskId ? 1 : 0));
    return chosen.map((s) => ({
      InstanceId: s.InstanceId, Status: s.Status,
      systemDiskId: disks.find((d) => d.InstanceId === s.InstanceId && d.DiskType.toLowerCase() === 'system')?.DiskId,
      dataDiskIds: disks.filter((d) => d.InstanceId === s.InstanceId && d.DiskType.toLowerCase() === 'data').map((d) => d.DiskId),
    })).sort(byId);
  }

  /** The profile's choice for servers in `state` (main account): pinned ids, or undefined to discover. */
  private pinned(state: ServerState): string[] | undefined {
    const swas = this.t.profile.resources?.swas;
    const named = swas?.[state];
    if (Array.isArray(named)) return named;
    return state === 'running' && Array.isArray(swas?.servers) ? swas.servers : undefined;
  }

  /** Servers the suite may build on: Running ones, among the profile's pinned ones if it pins some. */
  async usableServers(as: 'main' | 'peer' = 'main'): Promise<ServerInfo[]> {
    return this.serversIn('running', as);
  }

  /** Servers in `state` as ListInstances reports them; pinned ones in another state are left out. */
  async serversIn(state: ServerState, as: 'main' | 'peer' = 'main'): Promise<ServerInfo[]> {
    const pinned = as === 'main' ? this.pinned(state) : undefined;
    return (await this.servers(as)).filter((s) => s.Status === STATES[state] && (!pinned || pinned.includes(s.InstanceId)));
  }

  /**
   * A server of the main account whose Status is one of `statuses` (the states a rule says refuse
   * the call): among the profile's `disabled` ids when it pins them; else its `serverInBadState`
   * if that one is in such a state, else the first discovered. When there is none, `missing` says
   * what was found and what the profile could name.
   */
  async serverIn(statuses: readonly string[], what: string): Promise<ServerPick> {
    const all = await this.servers();
    const swas = this.t.profile.resources?.swas;
    const statusOf = (id: string) => all.find((s) => s.InstanceId === id)?.Status ?? 'not listed by ListInstances';
    const fits = (s: ServerInfo) => statuses.includes(s.Status);
    const pinned = Array.isArray(swas?.disabled) ? swas.disabled : undefined;
    const candidates = pinned ? all.filter((s) => pinned.includes(s.InstanceId))
      : [...all.filter((s) => s.InstanceId === swas?.serverInBadState), ...all];
    const found = candidates.find(fits);
    if (found) return { server: found };
    const named = pinned ?? (swas?.serverInBadState ? [swas.serverInBadState] : []);
    const seen = named.length ? `the profile's ${named.map((id) => `${id} is ${statusOf(id)}`).join(', ')}` : 'ListInstances lists none';
    return { missing: `needs a server ${what} (Status ${statuses.join(' or ')}): ${seen} (resources.swas.disabled)` };
  }

  /**
   * An account id that should name no account: the profile's `unknownAccountId`; else a
   * well-formed 16-digit id drawn from the run's seed (`fromProfile` false: the target may hold
   * that account, so an accepted share proves nothing).
   */
  unknownAccount(): { id: string; fromProfile: boolean; cannotJudge?: string } {
    const named = this.t.profile.unknownAccountId;
    if (named) return { id: named, fromProfile: true };
    const r = seededRandom((this.t.seed ^ 0x2545f491) >>> 0);
    const id = `${r.int(1, 9)}${Array.from({ length: 15 }, () => r.int(0, 9)).join('')}`;
    return { id, fromProfile: false, cannotJudge: `the account id ${id} is a default (the profile names no unknownAccountId), and the target may hold that account` };
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
