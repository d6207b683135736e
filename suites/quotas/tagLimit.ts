import { watchRefusal, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { imageSource } from '../support/imageSource.js';

const APPLIED = 'swas.CreateCustomImage.state.TagsApplied';
const MAX_ITEMS = 'swas.CreateCustomImage.param.Tag.maxItems';
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `quota-tag-${i + 1}`, Value: `value-${i + 1}` }));

/** CreateCustomImage with 20 tags (the documented most) attaches all of them; 21 tags are refused. */
export function tagLimit(c: Conformance): void {
  c.rule([APPLIED, MAX_ITEMS], async (t) => {
    const source = await imageSource(t);
    if (!source) {
      for (const id of [APPLIED, MAX_ITEMS]) t.skip(id, 'the main account has no usable server with a system snapshot');
      return;
    }
    const created: string[] = [];
    const paramsOf = (n: number, ImageName: string) => ({ InstanceId: source.instanceId, SystemSnapshotId: source.snapshotId, ImageName, Tag: tags(n) });
    const create = async (n: number, name = t.name('tags')) => {
      const r = await t.call('swas', 'CreateCustomImage', paramsOf(n, name), { retry: false });
      if (r.status === 200 && typeof r.body?.['ImageId'] === 'string') created.push(r.body['ImageId']);
      return r;
    };
    try {
      const twenty = await create(20);
      const id = created[0];
      const item = id ? (await customImages(t, [id]))[0] : undefined;
      const got = ((item?.['Tags'] ?? []) as { Key: string; Value: string }[]).map((x) => `${x.Key}=${x.Value}`).sort();
      const want = tags(20).map((x) => `${x.Key}=${x.Value}`).sort();
      t.check(APPLIED, twenty.status === 200 && JSON.stringify(got) === JSON.stringify(want), 'a create with 20 tags succeeds and the image lists exactly those 20 pairs',
        twenty.status !== 200 ? `HTTP ${twenty.status} ${String(twenty.body?.['Code'] ?? '')}` : `${got.length} pairs listed: ${got.slice(0, 5).join(', ')}${got.length > 5 ? ', ...' : ''}`);
      const name = t.name('tags');
      await t.expectAnswer(MAX_ITEMS, await watchRefusal(t, 'swas', 'CreateCustomImage', paramsOf(21, name), () => create(21, name)));
    } finally {
      await dropCustomImages(t, created);
    }
  }, CREATES_RESOURCES);
}
