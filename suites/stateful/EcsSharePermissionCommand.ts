import { ecsPick, ecsPickable } from './ecsPick.js';
import type { World } from './World.js';
import { WorldCommand, type Pick } from './WorldCommand.js';

/** Accounts the single-account calls rotate through. */
const FEW = 3;
/** AddAccount.N / RemoveAccount.N entries one call processes. */
const PER_CALL = 10;

/**
 * ecs.ModifyImageSharePermission of a picked image: AddAccount or RemoveAccount of one of the
 * profile's first share accounts, or, with `fill`, AddAccount of every profile account in calls of
 * ten until one is refused (the 50-accounts limit).
 */
export class EcsSharePermissionCommand extends WorldCommand {
  constructor(readonly image: Pick, readonly operation: 'AddAccount' | 'RemoveAccount', readonly account: number, readonly fill = false) {
    super([image, operation, account, fill]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return ecsPickable(m, this.image) && m.d.shareAccounts.length > 0;
  }

  protected describe(): string {
    return `ModifyImageSharePermission(${this.image.kind} #${this.image.index}, ${this.fill ? 'AddAccount of every account, ten per call' : `${this.operation} account #${this.account}`})`;
  }

  protected async act(w: World): Promise<void> {
    const id = ecsPick(w, this.image);
    const batches = this.fill
      ? Array.from({ length: Math.ceil(w.d.shareAccounts.length / PER_CALL) }, (_, i) => w.d.shareAccounts.slice(i * PER_CALL, (i + 1) * PER_CALL))
      : [[w.d.shareAccounts.slice(0, FEW)[this.account % Math.min(FEW, w.d.shareAccounts.length)]!]];
    const operation = this.fill ? 'AddAccount' : this.operation;
    const labels: string[] = [];
    for (const accounts of batches) {
      const entries = Object.fromEntries(accounts.map((a, i) => [`${operation}.${i + 1}`, a]));
      const shown = accounts.length > 1 ? `${operation}.1..${accounts.length}=${accounts[0]}..${accounts.at(-1)}` : `${operation}.1=${accounts[0]}`;
      labels.push(`ModifyImageSharePermission(ImageId=${w.target(id)}, ${shown})`);
      this.resolved = labels.join('; ');
      const outcome = await w.send(labels.at(-1)!, 'ecs', 'ModifyImageSharePermission', { ImageId: id, ...entries }, { ImageId: w.target(id), ...entries });
      await w.settle(outcome.rules);
      if (outcome.kind === 'error') return;
    }
  }
}
