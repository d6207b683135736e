import { UNKNOWN_IDS } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';
import { pickAt } from './pickAt.js';
import type { World } from './World.js';
import { WorldCommand } from './WorldCommand.js';

/**
 * swas.CreateCustomImage, `count` times in a row: on a discovered Running server (or Disabled), from
 * its own system snapshot or another server's, named freshly or with the name of one of the run's
 * images (by index, wrapping; -1 is the newest). Each success is awaited until Status "1" on the target.
 */
export class CreateCustomImageCommand extends WorldCommand {
  constructor(readonly server: number, readonly anyServer: boolean, readonly foreignSnapshot: boolean, readonly reuseName: number | null, readonly count: number) {
    super([server, anyServer, foreignSnapshot, reuseName, count]);
  }

  protected describe(): string {
    return `CreateCustomImage x${this.count}(${this.anyServer ? 'any' : 'usable'} server #${this.server}${this.foreignSnapshot ? ', foreign snapshot' : ''}${this.reuseName === null ? '' : `, name of image #${this.reuseName}`})`;
  }

  protected async act(w: World): Promise<void> {
    // Running servers are built on; "any" adds the Disabled ones (refused, in our reading). Servers
    // in other states are never picked: whether they allow images the docs do not say.
    const usable = w.d.servers.filter((s) => s.Status === 'Running');
    const servers = this.anyServer ? w.d.servers.filter((s) => s.Status === 'Running' || s.Status === 'Disabled') : usable;
    const server = servers[this.server % Math.max(1, servers.length)];
    const system = w.d.snapshots.filter((s) => s.SourceDiskType.toLowerCase() === 'system' && s.Status === 'Accomplished');
    const own = system.find((s) => s.InstanceId === server?.InstanceId);
    const foreign = system.find((s) => s.InstanceId !== server?.InstanceId);
    const snapshot = (this.foreignSnapshot ? foreign ?? own : own ?? foreign)?.SnapshotId ?? UNKNOWN_IDS.swasSnapshot;
    const instance = server?.InstanceId ?? UNKNOWN_IDS.swasServer;
    const labels: string[] = [];
    for (let n = 0; n < this.count; n++) {
      const reused = n === 0 && this.reuseName !== null ? pickAt(w.swasIds, this.reuseName) : undefined;
      const name = (reused && w.names.get(reused)) || w.t.name('sf');
      const params = { InstanceId: instance, SystemSnapshotId: snapshot, ImageName: name };
      const label = `CreateCustomImage(InstanceId=${instance}, SystemSnapshotId=${snapshot}, ImageName=${name})`;
      labels.push(label);
      this.resolved = labels.join('; ');
      const outcome = await w.send(label, 'swas', 'CreateCustomImage', params, params);
      if (outcome.kind === 'error') {
        await w.settle(outcome.rules);
        break;
      }
      const modelId = String(outcome.body['ImageId']);
      w.names.set(modelId, name);
      const id = w.target(modelId);
      const ready = await w.t.until(() => w.t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify([id]) }),
        (r) => listOf(r.body, 'CustomImages')[0]?.['Status'] === '1');
      if (!ready) return w.unsettled('swas.CreateCustomImage.state.ImageListed', `image ${id} did not reach Status "1" within the settle timeout`);
      await w.settle(outcome.rules);
    }
  }
}
