import type { Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { settled } from '../support/settled.js';
import { accountQuotas, IMAGE_CAP, IMAGES_PER_SERVER } from './accountQuotas.js';
import { reachImageQuota } from './reachImageQuota.js';

const MAX = 'swas.quota.CustomImagesMax';
const BATCH = 'swas.DeleteCustomImages.state.BatchOfFifteen';

/** At most 15 custom images whatever the servers: the 15th is created, the 16th refused; then one call deletes all 15. */
export function imageCapQuota(c: Conformance): void {
  c.rule([MAX, BATCH], async (t) => {
    const account = (await accountQuotas(t)).find((a) => IMAGES_PER_SERVER * a.servers >= IMAGE_CAP);
    if (!account) {
      for (const id of [MAX, BATCH]) t.skip(id, 'no account of the profile (main, peer) has 5 servers or more: 3 x servers never reaches the cap of 15');
      return;
    }
    const edge = await reachImageQuota(t, MAX, account);
    const { as } = account;
    try {
      if (edge.created.length < IMAGE_CAP) return t.skip(BATCH, `needs 15 images of this run to delete in one call; ${edge.created.length} could be made on the ${as} account (images it held before take the rest of the quota)`);
      const batch = edge.created.slice(0, IMAGE_CAP);
      await t.until(() => customImages(t, batch, as), (items) => items.every((i) => i['Status'] !== '4'));
      const del = await t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify(batch) }, { as });
      if (del.status !== 200) {
        t.check(BATCH, false, 'a call with 15 existing, unshared image ids answers HTTP 200', `HTTP ${del.status} ${String(del.body?.['Code'] ?? '')}`, [del.exchange]);
        return;
      }
      edge.created.splice(0, IMAGE_CAP);
      const left = await settled(t, () => customImages(t, batch, as), (items) => items.length === 0);
      t.check(BATCH, left.ok, 'HTTP 200, then ListCustomImages lists none of the 15 within the settle timeout',
        `HTTP 200, then still listed: ${left.value.map((i) => String(i['ImageId'])).join(', ')}`);
    } finally {
      await dropCustomImages(t, edge.created, as);
    }
  }, CREATES_RESOURCES);
}
