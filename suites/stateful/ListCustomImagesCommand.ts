import type { Outcome } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';
import type { World } from './World.js';
import { WorldCommand } from './WorldCommand.js';

/**
 * swas.ListCustomImages of every image the run created (live and deleted): the listed ids must be
 * the model's. With `pageSize`, page after page of that size until the model's TotalCount is
 * covered: the pages together must list each of the model's ids once (in whatever order the
 * target lists them).
 */
export class ListCustomImagesCommand extends WorldCommand {
  constructor(readonly pageSize: number | null = null) {
    super(pageSize === null ? [] : [pageSize]);
  }

  protected override applies(m: Readonly<World>): boolean {
    return m.swasIds.length > 0;
  }

  protected describe(): string {
    return `ListCustomImages(ImageIds=the run's images${this.pageSize === null ? '' : `, pages of ${this.pageSize}`})`;
  }

  protected async act(w: World): Promise<void> {
    const targetIds = w.swasIds.map((id) => w.target(id));
    const size = this.pageSize ?? 100;
    const want: string[] = [];
    const got: string[] = [];
    const labels: string[] = [];
    let outcome: Outcome | undefined;
    for (let page = 1, pages = 1; page <= pages; page++) {
      const paging: Record<string, string> = this.pageSize === null ? {} : { PageNumber: String(page) };
      labels.push(`ListCustomImages(ImageIds=${JSON.stringify(targetIds)}${this.pageSize === null ? '' : `, PageSize=${size}, PageNumber=${page}`})`);
      this.resolved = labels.join('; ');
      outcome = await w.send(labels.at(-1)!, 'swas', 'ListCustomImages', { ImageIds: JSON.stringify(w.swasIds), PageSize: String(size), ...paging },
        { ImageIds: JSON.stringify(targetIds), PageSize: size, ...paging });
      if (outcome.kind !== 'ok') return w.settle(outcome.rules);
      want.push(...listOf(outcome.body, 'CustomImages').map((i) => w.target(String(i['ImageId']))));
      got.push(...listOf(w.t.exchanges.at(-1)?.body, 'CustomImages').map((i) => String(i['ImageId'])));
      pages = Math.ceil(Number(outcome.body['TotalCount']) / size);
    }
    want.sort();
    got.sort();
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      const extra = got.some((id) => !want.includes(id));
      throw w.fail(extra ? ['swas.DeleteCustomImages.state.ImagesGone', 'swas.state.DeletedGoneEverywhere'] : ['swas.CreateCustomImage.state.ImageListed'],
        `ListCustomImages lists ${JSON.stringify(want)}`, `lists ${JSON.stringify(got)}`);
    }
    await w.settle(outcome!.rules.filter((r) => !r.includes('.response.')));
  }
}
