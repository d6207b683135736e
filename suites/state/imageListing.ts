import { dropEcsImage, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsImages } from '../support/ecsImages.js';
import { listOf } from '../support/listOf.js';
import { totalCount } from '../support/totalCount.js';

const STATUS_LIST = 'ecs.DescribeImages.state.StatusList';
const SELF = 'ecs.DescribeImages.state.OwnerAliasSelf';
const PAGING = 'ecs.DescribeImages.state.Paging';
const ALL = [STATUS_LIST, SELF, PAGING];

/** DescribeImages over one Available and one Deprecated own image: several statuses at once, ImageOwnerAlias self, paging. */
export function imageListing(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const available = await t.fx.ecsImage({ name: t.name('listing') });
    const deprecated = available ? await t.fx.ecsImage({ name: t.name('listing') }) : undefined;
    try {
      if (!available || !deprecated) return ALL.forEach((id) => t.skip(id, 'two ECS images could not be created from the profile (resources.ecs) and become Available'));
      const dep = await t.call('ecs', 'ModifyImageAttribute', { ImageId: deprecated, Status: 'Deprecated' });
      if (dep.status !== 200) return ALL.forEach((id) => t.unknown(id, `an image could not be deprecated (${answerOf(dep)})`));
      // Both names share the run's prefix and the base "listing": a fuzzy ImageName filter selects exactly them.
      const name = (await ecsImages(t, { ImageId: available, ImageOwnerAlias: 'self' }))[0]?.['ImageName'];
      const base = typeof name === 'string' ? name.slice(0, name.lastIndexOf('-') + 1) : '';
      const ids = async (Status: string) => (await ecsImages(t, { ImageName: base, ImageOwnerAlias: 'self', Status })).map((i) => String(i['ImageId']));
      const both = await ids('Available,Deprecated');
      const onlyDep = await ids('Deprecated');
      t.check(STATUS_LIST, both.includes(available) && both.includes(deprecated) && onlyDep.includes(deprecated) && !onlyDep.includes(available),
        'Status=Available,Deprecated returns both images; Status=Deprecated only the deprecated one',
        `Available,Deprecated: ${both.length} (${[available, deprecated].filter((x) => both.includes(x)).length} of ours); Deprecated: available one included ${onlyDep.includes(available)}, deprecated one ${onlyDep.includes(deprecated)}`);

      const self = await ecsImages(t, { ImageOwnerAlias: 'self' });
      const mine = await ecsImages(t, { ImageOwnerAlias: 'self', ImageId: available });
      const strangers = self.filter((i) => i['ImageOwnerAlias'] !== 'self');
      t.check(SELF, self.length > 0 && !strangers.length && mine.some((i) => i['ImageId'] === available),
        'every item of ImageOwnerAlias=self has ImageOwnerAlias "self"; the new Available image is among them',
        `${self.length} items, ${strangers.length} with another alias (${String(strangers[0]?.['ImageOwnerAlias'] ?? '')}); new image found: ${mine.length}`);

      const plain = await t.call('ecs', 'DescribeImages', { ImageOwnerAlias: 'self', Status: 'Available,Deprecated' });
      const page = async (n: number) => t.call('ecs', 'DescribeImages', { ImageOwnerAlias: 'self', Status: 'Available,Deprecated', PageSize: 1, PageNumber: n });
      const [one, two] = [await page(1), await page(2)];
      const first = listOf(one.body, 'Images', 'Image');
      const second = listOf(two.body, 'Images', 'Image');
      const items = listOf(plain.body, 'Images', 'Image');
      t.check(PAGING, Number(plain.body?.['PageSize']) === 10 && items.length <= 10 && totalCount(one.body) >= 2 && first.length === 1 && second.length === 1 && first[0]?.['ImageId'] !== second[0]?.['ImageId'],
        'without PageSize: PageSize 10 and at most 10 items; with PageSize=1 and TotalCount >= 2 page 2 holds another image than page 1',
        `PageSize ${String(plain.body?.['PageSize'])}, ${items.length} items; TotalCount ${totalCount(one.body)}, page 1 ${String(first[0]?.['ImageId'])}, page 2 ${String(second[0]?.['ImageId'])}`);
    } finally {
      await dropEcsImage(t, available);
      await dropEcsImage(t, deprecated);
    }
  }, CREATES_RESOURCES);
}
