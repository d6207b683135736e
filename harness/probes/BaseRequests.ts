import type { OperationSpec } from '../../spec/index.js';
import type { CallResult } from '../client/Client.js';
import type { RuleTest } from '../conformance/RuleTest.js';
import type { ServerInfo } from '../conformance/Fixtures.js';
import type { ParamValue } from '../protocol/index.js';
import { imageSource } from './imageSource.js';
import { MissingState } from './MissingState.js';
import { createdBy, releaseResource } from './releaseResource.js';
import { baseValues } from './baseValues.js';
import { roomySystemDisk } from './roomySystemDisk.js';
import { SharedResources, type Fresh } from './SharedResources.js';

/**
 * Valid requests of one operation, built from the spec and the fixtures (see baseValues.ts):
 * fresh names on every request, resources reused until a successful delete consumed them. What a
 * successful create made is deleted at once. The fresh resources come from `shared` when the
 * operation's tests share them (whoever holds it deletes them); else from the requests' own,
 * which `close` deletes.
 */
export class BaseRequests {
  private readonly resources: SharedResources;
  private used = new Set<Fresh>();
  private source: Promise<{ server: ServerInfo; snapshotId: string }> | undefined;
  private disk: Promise<string> | undefined;

  constructor(readonly t: RuleTest, readonly op: OperationSpec, private readonly shared?: SharedResources) {
    this.resources = shared ?? new SharedResources(`${op.product}.${op.operation}`);
  }

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
    for (const f of this.used) await this.resources.consumed(f);
  }

  /** Deletes the fresh resources the requests used and did not consume, unless they are shared. */
  async close(): Promise<void> {
    if (!this.shared) await this.resources.release(this.t);
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
    return this.resources.get(kind, make);
  }
}
