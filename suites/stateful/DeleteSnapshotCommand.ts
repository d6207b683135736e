import { UNKNOWN_IDS } from '../../harness/index.js';
import { pickAt } from './pickAt.js';
import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';

/**
 * swas.DeleteSnapshot of a snapshot the run created (live or already deleted) or of an unknown
 * id. Snapshots the run did not create are never picked: they are the target's own.
 */
export class DeleteSnapshotCommand extends WorldCommand {
  constructor(readonly snapshot: Pick) {
    super([snapshot]);
  }

  protected override applies(m: Readonly<World>): boolean {
    const alive = m.snapshotIds.filter((id) => m.account.snapshots.has(id)).length;
    return this.snapshot.kind === 'unknown' || (this.snapshot.kind === 'deleted' ? m.snapshotIds.length > alive : alive > 0);
  }

  protected describe(): string {
    return `DeleteSnapshot(${this.snapshot.kind} #${this.snapshot.index})`;
  }

  protected async act(w: World): Promise<void> {
    const alive = w.snapshotIds.filter((id) => w.account.snapshots.has(id));
    const gone = w.snapshotIds.filter((id) => !w.account.snapshots.has(id));
    const { kind, index } = this.snapshot;
    const id = (kind === 'deleted' ? pickAt(gone, index) : kind === 'unknown' ? undefined : pickAt(alive, index)) ?? UNKNOWN_IDS.swasSnapshot;
    this.resolved = `DeleteSnapshot(SnapshotId=${w.target(id)})`;
    const outcome = await w.send(this.resolved, 'swas', 'DeleteSnapshot', { SnapshotId: id }, { SnapshotId: w.target(id) });
    await w.settle(outcome.rules);
  }
}
