import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';
import { ecsPick, ecsPickable } from './ecsPick.js';

/** ecs.DeleteImage (without Force) of a picked ECS image: shared ones must be refused. */
export class DeleteEcsImageCommand extends WorldCommand {
  constructor(readonly image: Pick) {
    super([image]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return ecsPickable(m, this.image);
  }

  protected describe(): string {
    return `DeleteImage(${this.image.kind} #${this.image.index})`;
  }

  protected async act(w: World): Promise<void> {
    const id = ecsPick(w, this.image);
    this.resolved = `DeleteImage(ImageId=${w.target(id)})`;
    const outcome = await w.send(this.resolved, 'ecs', 'DeleteImage', { ImageId: id }, { ImageId: w.target(id) });
    await w.settle(outcome.rules);
  }
}
