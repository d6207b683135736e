import type { Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { listOf } from '../support/listOf.js';

const STRINGS = 'swas.ListCustomImages.response.PaginationStrings';
const DEFAULTS = 'swas.ListCustomImages.state.PageDefaults';
const BY_ID = 'swas.ListCustomImages.state.ImageIdsFilter';
const BY_NAME = 'swas.ListCustomImages.state.ImageNamesFilter';
const BY_SHARE = 'swas.ListCustomImages.state.ShareFilter';
const ALL = [STRINGS, DEFAULTS, BY_ID, BY_NAME, BY_SHARE];

type Item = { ImageId: string; Name?: string; InShare?: boolean; InShareUser?: boolean };
const ids = (items: Item[]) => items.map((i) => i.ImageId);

/** ListCustomImages over two images of which one is shared: pagination fields as strings, defaults, and the ImageIds, ImageNames and Share filters. */
export function customImageListing(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const a = await t.fx.customImage({ name: t.name('list') });
    const b = a ? await t.fx.customImage({ name: t.name('list') }) : undefined;
    try {
      const list = async (params: Record<string, string | number | boolean> = {}) => {
        const r = await t.call('swas', 'ListCustomImages', params);
        return { body: r.body ?? {}, items: listOf<Item>(r.body, 'CustomImages') };
      };
      const plain = await list();
      const fields = ['TotalCount', 'PageNumber', 'PageSize'].map((k) => [k, plain.body[k]] as const);
      t.check(STRINGS, fields.every(([, v]) => typeof v === 'string' && /^[0-9]+$/.test(v)), 'TotalCount, PageNumber and PageSize are JSON strings of digits',
        fields.map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', '));
      t.check(DEFAULTS, plain.body['PageNumber'] === '1' && plain.body['PageSize'] === '10' && plain.items.length <= 10,
        'without paging parameters: PageNumber "1", PageSize "10", at most 10 images',
        `PageNumber ${JSON.stringify(plain.body['PageNumber'])}, PageSize ${JSON.stringify(plain.body['PageSize'])}, ${plain.items.length} images`);
      if (!a || !b) return [BY_ID, BY_NAME, BY_SHARE].forEach((id) => t.skip(id, 'two custom images could not be created and become available'));

      const byId = await list({ ImageIds: JSON.stringify([a.imageId]), PageSize: 100 });
      t.check(BY_ID, JSON.stringify(ids(byId.items)) === JSON.stringify([a.imageId]), `ImageIds=[${a.imageId}] lists exactly that image`, `listed: ${ids(byId.items).join(', ') || 'none'}`);
      const byName = await list({ ImageNames: JSON.stringify([b.name]), PageSize: 100 });
      t.check(BY_NAME, JSON.stringify(ids(byName.items)) === JSON.stringify([b.imageId]), `ImageNames=[${b.name}] lists exactly that image`, `listed: ${ids(byName.items).join(', ') || 'none'}`);

      const share = await t.call('swas', 'ModifyImageShareStatus', { ImageId: a.imageId, Operation: 'Share' });
      if (share.status !== 200) return t.unknown(BY_SHARE, `Share failed (HTTP ${share.status})`);
      const yes = await list({ Share: true, PageSize: 100 });
      const no = await list({ Share: false, PageSize: 100 });
      const badYes = yes.items.filter((i) => !(i.InShare || i.InShareUser));
      const badNo = no.items.filter((i) => i.InShare || i.InShareUser);
      t.check(BY_SHARE, !badYes.length && !badNo.length && ids(yes.items).includes(a.imageId) && ids(no.items).includes(b.imageId),
        'Share=true lists only shared images (the shared one among them), Share=false only unshared ones (the other among them)',
        `Share=true: ${yes.items.length} listed, ${badYes.length} unshared, shared one listed ${ids(yes.items).includes(a.imageId)}; Share=false: ${no.items.length} listed, ${badNo.length} shared, unshared one listed ${ids(no.items).includes(b.imageId)}`);
    } finally {
      await dropCustomImages(t, [a?.imageId, b?.imageId].filter((x): x is string => !!x));
    }
  }, CREATES_RESOURCES);
}
