import type { Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { accountQuotas, IMAGE_CAP, IMAGES_PER_SERVER } from './accountQuotas.js';
import { reachImageQuota } from './reachImageQuota.js';

const PER_SERVER = 'swas.quota.CustomImagesPerServer';
const FREES = 'swas.quota.DeleteFreesQuota';

/** 3 custom images per server below the cap: the (3 x S)-th is created, the next refused; a delete at the edge makes room. */
export function perServerQuota(c: Conformance): void {
  c.rule([PER_SERVER, FREES, 'swas.CreateCustomImage.error.CustomImageQuotaLimit'], async (t) => {
    const account = (await accountQuotas(t)).find((a) => a.servers > 0 && IMAGES_PER_SERVER * a.servers < IMAGE_CAP);
    if (!account) {
      for (const id of [PER_SERVER, FREES]) t.skip(id, 'no account of the profile has 1 to 4 servers: 3 x servers is never below the cap of 15');
      return;
    }
    const edge = await reachImageQuota(t, PER_SERVER, account);
    try {
      if (!edge.atEdge) return t.unknown(FREES, 'the quota edge was not reached');
      // Delete one image that is no longer being created, then create one.
      const victim = edge.created[0]!;
      await t.until(() => customImages(t, [victim], account.as), (items) => items[0]?.['Status'] !== '4');
      const del = await t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([victim]) }, { as: account.as });
      if (del.status !== 200) return t.unknown(FREES, `deleting an image at the quota edge answered HTTP ${del.status} ${String(del.body?.['Code'] ?? '')}`);
      edge.created.shift();
      await t.expectAnswer(FREES, await edge.create());
    } finally {
      await dropCustomImages(t, edge.created, account.as);
    }
  }, CREATES_RESOURCES);
}
