import { UNKNOWN_IDS } from '../../harness/index.js';
import { canPick, pickFrom, type Kinds } from './pickFrom.js';
import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';

/** The snapshots the run created, live and deleted (a shared pick means a live one). */
const snapshotKinds = (w: Readonly<World>): Kinds => ({
  live: w.snapshotIds.filter((id) => w.account.snapshots.has(id)),
  deleted: w.snapshotIds.filter((id) => !w.account.snapshots.has(id)),
});

/**
 * swas.DeleteSnapshot of a snapshot the run created (live or already deleted) or of an unknown
 * id. Snapshots the run did not create are never picked: they are the target's own.
 */
export class DeleteSnapshotCommand extends WorldCommand {
  constructor(readonly snapshot: Pick) {
    super([snapshot]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return canPick(snapshotKinds(m), this.snapshot);
  }

  protected describe(): string {
    return `DeleteSnapshot(${this.snapshot.kind} #${this.snapshot.index})`;
  }

  protected async act(w: World): Promise<void> {
    const id = pickFrom(snapshotKinds(w), this.snapshot, UNKNOWN_IDS.swasSnapshot);
    this.resolved = `DeleteSnapshot(SnapshotId=${w.target(id)})`;
    const outcome = await w.send(this.resolved, 'swas', 'DeleteSnapshot', { SnapshotId: id }, { SnapshotId: w.target(id) });
    await w.settle(outcome.rules);
  }
}
