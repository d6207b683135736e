import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';
import { swasPick, swasPickable } from './swasPick.js';

/** swas.DeleteCustomImages of one to three picked ids: live, shared, already deleted or unknown. */
export class DeleteCustomImagesCommand extends WorldCommand {
  constructor(readonly picks: Pick[]) {
    super([picks]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return this.picks.every((p) => swasPickable(m, p));
  }

  protected describe(): string {
    return `DeleteCustomImages(${this.picks.map((p) => `${p.kind} #${p.index}`).join(', ')})`;
  }

  protected async act(w: World): Promise<void> {
    const ids = this.picks.map((p) => swasPick(w, p));
    const targetIds = ids.map((id) => w.target(id));
    this.resolved = `DeleteCustomImages(ImageIds=${JSON.stringify(targetIds)})`;
    const outcome = await w.send(this.resolved, 'swas', 'DeleteCustomImages', { ImageIds: JSON.stringify(ids) }, { ImageIds: JSON.stringify(targetIds) });
    await w.settle(outcome.rules);
  }
}
