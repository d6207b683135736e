import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';
import { ecsPick, ecsPickable } from './ecsPick.js';

/** What one ModifyImageAttribute call changes: the status, or Features.ImdsSupport. */
export type EcsChange = { Status: 'Deprecated' | 'Available' } | { ImdsSupport: 'v1' | 'v2' };

/** ecs.ModifyImageAttribute of a picked ECS image: Status Deprecated/Available or Features.ImdsSupport v1/v2. */
export class ModifyEcsImageCommand extends WorldCommand {
  constructor(readonly image: Pick, readonly change: EcsChange) {
    super([image, change]);
  }

  private params(): Record<string, string> {
    return 'Status' in this.change ? { Status: this.change.Status } : { 'Features.ImdsSupport': this.change.ImdsSupport };
  }

  protected override applies(m: Readonly<World>): boolean {
    return ecsPickable(m, this.image);
  }

  protected describe(): string {
    return `ModifyImageAttribute(${this.image.kind} #${this.image.index}, ${JSON.stringify(this.params())})`;
  }

  protected async act(w: World): Promise<void> {
    const id = ecsPick(w, this.image);
    const change = this.params();
    this.resolved = `ModifyImageAttribute(ImageId=${w.target(id)}, ${Object.entries(change).map(([k, v]) => `${k}=${v}`).join(', ')})`;
    const outcome = await w.send(this.resolved, 'ecs', 'ModifyImageAttribute', { ImageId: id, ...change }, { ImageId: w.target(id), ...change });
    await w.settle(outcome.rules);
  }
}
