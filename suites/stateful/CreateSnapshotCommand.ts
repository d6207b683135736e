import { UNKNOWN_IDS } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';
import { pickAt } from './pickAt.js';
import type { World } from './World.js';
import { WorldCommand } from './WorldCommand.js';

/**
 * swas.CreateSnapshot of a discovered disk of a Running server (by index), or of an unknown disk id,
 * `count` times in a row so the three-per-server limit is reached. Each success is awaited until
 * the target lists the snapshot Accomplished.
 */
export class CreateSnapshotCommand extends WorldCommand {
  constructor(readonly disk: number, readonly unknownDisk: boolean, readonly count: number) {
    super([disk, unknownDisk, count]);
  }

  protected describe(): string {
    return `CreateSnapshot x${this.count}(${this.unknownDisk ? 'unknown disk' : `disk #${this.disk}`})`;
  }

  protected async act(w: World): Promise<void> {
    // Disks of Running servers only: which other states allow a snapshot the docs do not say.
    const running = new Set(w.d.servers.filter((s) => s.Status === 'Running').map((s) => s.InstanceId));
    const disks = w.d.disks.filter((d) => running.has(d.InstanceId));
    const disk = (this.unknownDisk ? undefined : pickAt(disks, this.disk)?.DiskId) ?? UNKNOWN_IDS.swasDisk;
    const labels: string[] = [];
    for (let n = 0; n < this.count; n++) {
      const params = { DiskId: disk, SnapshotName: w.t.name('sfs') };
      labels.push(`CreateSnapshot(DiskId=${disk}, SnapshotName=${params.SnapshotName})`);
      this.resolved = labels.join('; ');
      const outcome = await w.send(labels.at(-1)!, 'swas', 'CreateSnapshot', params, params);
      if (outcome.kind === 'error') return w.settle(outcome.rules);
      const id = w.target(String(outcome.body['SnapshotId']));
      const ready = await w.t.until(() => w.t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) }),
        (r) => listOf(r.body, 'Snapshots')[0]?.['Status'] === 'Accomplished');
      if (!ready) return w.unsettled('swas.CreateSnapshot.state.SnapshotListed', `snapshot ${id} did not reach Accomplished within the settle timeout`);
      await w.settle(outcome.rules);
    }
  }
}
