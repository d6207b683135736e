import type { OperationSpec } from '../../spec/index.js';
import type { CallResult } from '../client/Client.js';
import type { RuleTest } from '../conformance/RuleTest.js';
import type { ServerInfo } from '../conformance/Fixtures.js';
import { ToolError } from '../errors/ToolError.js';
import type { ParamValue } from '../protocol/index.js';
import { imageSource } from './imageSource.js';
import { MissingState } from './MissingState.js';
import { createdBy, releaseResource, type ResourceKind } from './releaseResource.js';
import { baseValues } from './baseValues.js';
import { roomySystemDisk } from './roomySystemDisk.js';

type Fresh = 'customImage' | 'snapshot' | 'ecsImage';
const KIND: Record<Fresh, ResourceKind> = { customImage: 'swas.CustomImage', snapshot: 'swas.Snapshot', ecsImage: 'ecs.Image' };

/**
 * Valid requests of one operation, built from the spec and the fixtures (see baseValues.ts):
 * fresh names on every request, resources reused until a successful delete consumed them. What a
 * successful create made is deleted at once; `close` deletes the fresh resources the requests used.
 */
export class BaseRequests {
  private readonly fresh = new Map<Fresh, Promise<string>>();
  private readonly made: { kind: ResourceKind; id: string }[] = [];
  private used = new Set<Fresh>();
  private source: Promise<{ server: ServerInfo; snapshotId: string }> | undefined;
  private disk: Promise<string> | undefined;

  constructor(readonly t: RuleTest, readonly op: OperationSpec) {}

  get key(): string { return `${this.op.product}.${this.op.operation}`; }

  /** A valid request (RegionId is the client's). Throws MissingState when the target lacks what it needs. */
  async request(): Promise<Record<string, ParamValue>> {
    this.used = new Set();
    return baseValues(this);
  }

  /** After a call: delete what a successful create made; forget what a successful delete consumed. */
  async after(answer: CallResult): Promise<void> {
    if (answer.status !== 200) return;
    const made = createdBy(this.op.product, this.op.operation, answer.body);
    if (made) await releaseResource(this.t, made.kind, made.id);
    if (this.op.effect !== 'delete') return;
    for (const f of this.used) {
      const id = await this.fresh.get(f)?.catch(() => undefined);
      this.fresh.delete(f);
      const at = this.made.findIndex((m) => m.id === id);
      if (at >= 0) this.made.splice(at, 1);
    }
  }

  /** Deletes the fresh resources this operation's requests used and did not consume. */
  async close(): Promise<void> {
    for (const m of this.made.reverse()) await releaseResource(this.t, m.kind, m.id);
  }

  /** A server that can take images and one of its system-disk snapshots. */
  imageSource(): Promise<{ server: ServerInfo; snapshotId: string }> {
    this.source ??= imageSource(this.t);
    return this.source;
  }

  /** The system disk of the usable server with the most room for snapshots. */
  roomyDisk(): Promise<string> {
    this.disk ??= roomySystemDisk(this.t);
    return this.disk;
  }

  customImage(): Promise<string> {
    return this.fromFixture('customImage', async () => {
      await this.imageSource();
      return (await this.t.fx.customImage())?.imageId;
    });
  }

  ecsImage(): Promise<string> {
    return this.fromFixture('ecsImage', async () => {
      await this.ecsSource();
      return this.t.fx.ecsImage();
    });
  }

  /** A snapshot made for the request (DeleteSnapshot), Accomplished. */
  snapshot(): Promise<string> {
    return this.fromFixture('snapshot', async () => {
      const r = await this.t.call('swas', 'CreateSnapshot', { DiskId: await this.roomyDisk(), SnapshotName: this.t.name('snap') });
      const id = typeof r.body?.['SnapshotId'] === 'string' ? (r.body['SnapshotId'] as string) : undefined;
      if (!id) return undefined;
      await this.t.until(() => this.t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) }),
        (a) => (a.body?.['Snapshots'] as { Status?: string }[] | undefined)?.[0]?.Status === 'Accomplished');
      return id;
    });
  }

  /** What ECS images are built from: the profile's snapshot, else its instance. */
  async ecsSource(): Promise<{ SnapshotId: string } | { InstanceId: string }> {
    const ecs = this.t.profile.resources?.ecs;
    if (ecs?.snapshotId) return { SnapshotId: ecs.snapshotId };
    if (ecs?.instanceId) return { InstanceId: ecs.instanceId };
    throw new MissingState('the profile names no ECS snapshot or instance (resources.ecs) to build images from');
  }

  /** The profile's first n share accounts. */
  shareAccounts(n: number): string[] {
    const all = this.t.profile.shareAccounts ?? [];
    if (all.length < n) throw new MissingState(`the profile lists ${all.length} shareAccounts; the probe needs ${n}`);
    return all.slice(0, n);
  }

  private fromFixture(kind: Fresh, make: () => Promise<string | undefined>): Promise<string> {
    this.used.add(kind);
    let p = this.fresh.get(kind);
    if (!p) {
      p = make().then((id) => {
        if (!id) throw new ToolError(`could not make a fresh ${KIND[kind]} for ${this.key}`);
        this.made.push({ kind: KIND[kind], id });
        return id;
      });
      p.catch(() => this.fresh.delete(kind));
      this.fresh.set(kind, p);
    }
    return p;
  }
}
