import { listOf } from '../support/listOf.js';
import type { World } from './World.js';
import { WorldCommand } from './WorldCommand.js';

const MAX_LIVE = 3;

/** ecs.CreateImage from the profile's snapshot (resources.ecs.snapshotId), awaited until Available. */
export class CreateEcsImageCommand extends WorldCommand {
  constructor() {
    super([]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return !!m.d.ecsSnapshotId && m.ecsIds.filter((id) => m.account.ecsImages.has(id)).length < MAX_LIVE;
  }

  protected describe(): string {
    return 'CreateImage(SnapshotId=profile snapshot)';
  }

  protected async act(w: World): Promise<void> {
    const params = { SnapshotId: w.d.ecsSnapshotId ?? '', ImageName: w.t.name('sfe') };
    this.resolved = `CreateImage(SnapshotId=${params.SnapshotId}, ImageName=${params.ImageName})`;
    const outcome = await w.send(this.resolved, 'ecs', 'CreateImage', params, params);
    if (outcome.kind !== 'ok') return w.settle(outcome.rules);
    const id = w.target(String(outcome.body['ImageId']));
    const ready = await w.t.until(() => w.t.call('ecs', 'DescribeImages', { ImageId: id, Status: 'Creating,Available', ImageOwnerAlias: 'self' }),
      (r) => listOf(r.body, 'Images', 'Image')[0]?.['Status'] === 'Available');
    if (!ready) return w.unsettled('ecs.CreateImage.state.CreatingToAvailable', `image ${id} did not become Available within the settle timeout`);
    await w.settle(outcome.rules);
  }
}
