import { ecsPick, ecsPickable } from './ecsPick.js';
import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';

export type DescribeAction = 'DescribeImages' | 'DescribeImageSharePermission';

/** ecs.DescribeImages or ecs.DescribeImageSharePermission of a picked ECS image (deleted and unknown ones too). */
export class DescribeEcsImageCommand extends WorldCommand {
  constructor(readonly action: DescribeAction, readonly image: Pick) {
    super([action, image]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return ecsPickable(m, this.image);
  }

  protected describe(): string {
    return `${this.action}(${this.image.kind} #${this.image.index})`;
  }

  protected async act(w: World): Promise<void> {
    const id = ecsPick(w, this.image);
    const target = w.target(id);
    const query: Record<string, string> = this.action === 'DescribeImages' ? { ImageOwnerAlias: 'self', Status: 'Available,Deprecated' } : {};
    this.resolved = `${this.action}(${Object.entries({ ImageId: target, ...query }).map(([k, v]) => `${k}=${v}`).join(', ')})`;
    const outcome = await w.send(this.resolved, 'ecs', this.action, { ImageId: id, ...query }, { ImageId: target, ...query });
    await w.settle(outcome.rules);
  }
}
