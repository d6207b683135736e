import { listOf } from '../support/listOf.js';
import type { World } from './World.js';
import { WorldCommand } from './WorldCommand.js';

/** swas.ListCustomImages of every image the run created (live and deleted): the listed ids must be the model's. */
export class ListCustomImagesCommand extends WorldCommand {
  constructor() {
    super([]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return m.swasIds.length > 0;
  }

  protected describe(): string {
    return 'ListCustomImages(ImageIds=the run\'s images)';
  }

  protected async act(w: World): Promise<void> {
    const targetIds = w.swasIds.map((id) => w.target(id));
    this.resolved = `ListCustomImages(ImageIds=${JSON.stringify(targetIds)})`;
    const params = { ImageIds: JSON.stringify(w.swasIds), PageSize: '100' };
    const outcome = await w.send(this.resolved, 'swas', 'ListCustomImages', params, { ImageIds: JSON.stringify(targetIds), PageSize: 100 });
    if (outcome.kind !== 'ok') return w.settle(outcome.rules);
    const want = listOf(outcome.body, 'CustomImages').map((i) => w.target(String(i['ImageId']))).sort();
    const last = w.t.exchanges.at(-1);
    const got = listOf(last?.body, 'CustomImages').map((i) => String(i['ImageId'])).sort();
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      const extra = got.some((id) => !want.includes(id));
      throw w.fail(extra ? ['swas.DeleteCustomImages.state.ImagesGone', 'swas.state.DeletedGoneEverywhere'] : ['swas.CreateCustomImage.state.ImageListed'],
        `ListCustomImages lists ${JSON.stringify(want)}`, `lists ${JSON.stringify(got)}`);
    }
    await w.settle(outcome.rules.filter((r) => !r.includes('.response.')));
  }
}
