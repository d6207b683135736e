import { swasPick, swasPickable } from './swasPick.js';
import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';

/** swas.DeleteCustomImage (the single-image operation) of a picked id: live, shared, deleted or unknown. */
export class DeleteCustomImageCommand extends WorldCommand {
  constructor(readonly image: Pick) {
    super([image]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return swasPickable(m, this.image);
  }

  protected describe(): string {
    return `DeleteCustomImage(${this.image.kind} #${this.image.index})`;
  }

  protected async act(w: World): Promise<void> {
    const id = swasPick(w, this.image);
    this.resolved = `DeleteCustomImage(ImageId=${w.target(id)})`;
    const outcome = await w.send(this.resolved, 'swas', 'DeleteCustomImage', { ImageId: id }, { ImageId: w.target(id) });
    await w.settle(outcome.rules);
  }
}
