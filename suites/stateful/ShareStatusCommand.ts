import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';
import { swasPick, swasPickable } from './swasPick.js';

/** swas.ModifyImageShareStatus Share or UnShare of a picked image. */
export class ShareStatusCommand extends WorldCommand {
  constructor(readonly image: Pick, readonly operation: 'Share' | 'UnShare') {
    super([image, operation]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return swasPickable(m, this.image);
  }

  protected describe(): string {
    return `ModifyImageShareStatus(${this.image.kind} #${this.image.index}, ${this.operation})`;
  }

  protected async act(w: World): Promise<void> {
    const id = swasPick(w, this.image);
    this.resolved = `ModifyImageShareStatus(ImageId=${w.target(id)}, Operation=${this.operation})`;
    const outcome = await w.send(this.resolved, 'swas', 'ModifyImageShareStatus', { ImageId: id, Operation: this.operation }, { ImageId: w.target(id), Operation: this.operation });
    await w.settle(outcome.rules);
  }
}
