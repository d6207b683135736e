import { listOf } from '../support/listOf.js';
import { pickAt } from './pickAt.js';
import type { World } from './World.js';
import { WorldCommand } from './WorldCommand.js';

export type ListAction = 'ListInstances' | 'ListDisks' | 'ListSnapshots';

interface Shape { list: string; key: string; row: (i: Record<string, unknown>) => string }

const lower = (v: unknown) => String(v ?? '').toLowerCase();
const SHAPES: Record<ListAction, Shape> = {
  ListInstances: { list: 'Instances', key: 'InstanceId', row: (i) => `${i['InstanceId']} ${i['Status']}` },
  ListDisks: { list: 'Disks', key: 'DiskId', row: (i) => `${i['DiskId']} ${i['InstanceId']} ${lower(i['DiskType'])}` },
  ListSnapshots: { list: 'Snapshots', key: 'SnapshotId', row: (i) => `${i['SnapshotId']} ${i['SourceDiskId']} ${lower(i['SourceDiskType'])} ${i['Status']}` },
};

/**
 * swas.ListInstances, ListDisks or ListSnapshots, unfiltered or filtered by a discovered server
 * (and a disk type): the rows of the resources the run knows (discovered at its start or created
 * by it) must be the model's. Rows of resources someone else made meanwhile are not compared.
 */
export class ListResourcesCommand extends WorldCommand {
  constructor(readonly action: ListAction, readonly server: number | null, readonly diskType: 'system' | 'data' | null) {
    super([action, server, diskType]);
  }

  protected describe(): string {
    return `${this.action}(${this.server === null ? 'all' : `server #${this.server}`}${this.diskType ? `, ${this.diskType}` : ''})`;
  }

  private params(w: World): Record<string, string> {
    const server = this.server === null ? undefined : pickAt(w.d.servers, this.server)?.InstanceId;
    const p: Record<string, string> = { PageSize: '100' };
    if (server) p[this.action === 'ListInstances' ? 'InstanceIds' : 'InstanceId'] = this.action === 'ListInstances' ? JSON.stringify([server]) : server;
    if (this.diskType && this.action !== 'ListInstances') p[this.action === 'ListDisks' ? 'DiskType' : 'SourceDiskType'] = this.diskType;
    return p;
  }

  protected async act(w: World): Promise<void> {
    const shape = SHAPES[this.action];
    const params = this.params(w);
    this.resolved = `${this.action}(${Object.entries(params).filter(([k]) => k !== 'PageSize').map(([k, v]) => `${k}=${v}`).join(', ')})`;
    const outcome = await w.send(this.resolved, 'swas', this.action, params, params);
    if (outcome.kind !== 'ok') return w.settle(outcome.rules);
    const created = new Set(w.snapshotIds.map((id) => w.target(id)));
    const known = new Set([...w.d.servers.map((s) => s.InstanceId), ...w.d.disks.map((d) => d.DiskId), ...w.d.snapshots.map((s) => s.SnapshotId), ...created]);
    const rows = (items: Record<string, unknown>[], toTarget: (id: string) => string) => items
      .map((i) => ({ ...i, [shape.key]: toTarget(String(i[shape.key])) }))
      .filter((i) => known.has(String(i[shape.key]))).map(shape.row).sort();
    const want = rows(listOf(outcome.body, shape.list), (id) => w.target(id));
    const got = rows(listOf(w.t.exchanges.at(-1)?.body, shape.list), (id) => id);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      const ids = (list: string[]) => list.map((r) => r.split(' ')[0]!);
      const missing = ids(want).filter((id) => !ids(got).includes(id) && created.has(id));
      const extra = ids(got).filter((id) => !ids(want).includes(id) && created.has(id));
      const rules = missing.length ? ['swas.CreateSnapshot.state.SnapshotListed'] : extra.length ? ['swas.DeleteSnapshot.state.SnapshotGone']
        : outcome.rules.filter((r) => !r.includes('.response.'));
      throw w.fail(rules.length ? rules : [`swas.${this.action}.response.schema`], `${this.action} rows ${JSON.stringify(want)}`, `rows ${JSON.stringify(got)}`);
    }
    await w.settle(outcome.rules.filter((r) => !r.includes('.response.')));
  }
}
