import type { Conformance, RuleTest } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { imageSource } from '../support/imageSource.js';
import { checkFilter } from './checkFilter.js';
import { checkPaging } from './checkPaging.js';
import { checkTagFilter, swasTags } from './checkTagFilter.js';
import { idOf, listAll, type Item } from './listAll.js';
import { CUSTOM_IMAGES, SNAPSHOTS } from './listKinds.js';
import { skipUnchecked } from './skipUnchecked.js';
import { unusedId } from './unusedId.js';
import { judgeSeen, watchCreate } from './watchCreate.js';

const SEEN = 'swas.CreateCustomImage.state.SeenCreating';
const BY_ID = 'swas.ListCustomImages.state.ImageIdsFilter';
const BY_NAME = 'swas.ListCustomImages.state.ImageNamesFilter';
const BY_SHARE = 'swas.ListCustomImages.state.ShareFilter';
const BY_SERVER = 'swas.ListCustomImages.state.FilterAgrees.InstanceId';
const BY_SYSTEM = 'swas.ListCustomImages.state.FilterAgrees.SystemSnapshotId';
const BY_DATA = 'swas.ListCustomImages.state.FilterAgrees.DataSnapshotId';
const TAG = 'swas.ListCustomImages.state.FilterAgrees.Tag';
const FILTERS = [BY_ID, BY_NAME, BY_SHARE, BY_SERVER, BY_SYSTEM, BY_DATA, TAG];
const K = CUSTOM_IMAGES;

const str = (item: Item, key: string) => String(item[key] ?? '');
const shared = (i: Item) => i['InShare'] === true || i['InShareUser'] === true;
const statusOf = async (t: RuleTest, id: string) => String((await customImages(t, [id]))[0]?.['Status'] ?? '') || undefined;

/** Share=true and/or Share=false against the unfiltered list as it is now. */
async function checkShare(t: RuleTest, values: boolean[]): Promise<void> {
  const all = await listAll(t, K);
  if (all.refused) return t.unknown(BY_SHARE, 'the unfiltered ListCustomImages failed');
  for (const value of values) await checkFilter(t, K, BY_SHARE, all, { Share: value }, (i) => shared(i) === value);
}

/**
 * ListCustomImages with images enough for two pages (the account's own plus one or two new ones,
 * each seen creating first, one with a data-disk snapshot when the server has one, one shared to
 * ECS): the pages, and ImageIds, ImageNames (a name, and a prefix of it no image is named),
 * Share (true while one is shared, false after its UnShare), InstanceId, SystemSnapshotId, DataSnapshotId and Tag each
 * against the unfiltered list. A filter value that must match nothing is a server or snapshot of
 * the account no listed image was made from.
 */
export function customImageLists(c: Conformance): void {
  c.rule([SEEN, K.partition, K.totalCount, K.pastEnd, ...FILTERS], async (t) => {
    const made: string[] = [];
    try {
      const before = await listAll(t, K);
      const room = (await t.fx.imageQuota()) - before.ids.length;
      const wanted = Math.min(room, Math.max(1, 2 - before.ids.length));
      const source = c.config.allowMutations && wanted > 0 ? await imageSource(t) : undefined;
      if (!source) t.skip(SEEN, !c.config.allowMutations ? 'creates images, and mutations are not allowed on this target (run with --allow-mutations)'
        : wanted <= 0 ? 'the custom-image quota is full' : 'no Running server with an Accomplished system snapshot to make an image from');
      const snapshots = await listAll(t, SNAPSHOTS);
      const dataDisks = (await t.fx.servers()).find((s) => s.InstanceId === source?.instanceId)?.dataDiskIds ?? [];
      const data = snapshots.items.find((s) => str(s, 'SourceDiskType').toLowerCase() === 'data' && s['Status'] === 'Accomplished' && dataDisks.includes(str(s, 'SourceDiskId')));
      for (let i = 0; source && i < wanted; i++) {
        const dataSnapshot = i === wanted - 1 && data ? { DataSnapshotId: str(data, 'SnapshotId') } : {};
        const params = { InstanceId: source.instanceId, SystemSnapshotId: source.snapshotId, ImageName: t.name('list'), ...dataSnapshot };
        const w = await watchCreate(() => t.call('swas', 'CreateCustomImage', params), 'ImageId', (id) => statusOf(t, id));
        if (!w.id) break;
        made.push(w.id);
        judgeSeen(t, SEEN, w, '4', 'custom image', c.slowCreates);
      }
      // Pages and the filters other than Share are read while the new images may still be creating:
      // which images exist, and what they were made from, does not change with their Status.
      const all = await checkPaging(t, K);
      if (!all) return FILTERS.forEach((id) => t.unknown(id, 'the unfiltered ListCustomImages failed'));
      const images = [...all.items].sort((a, b) => (idOf(K, a) < idOf(K, b) ? -1 : 1));
      if (!images.length) return FILTERS.forEach((id) => t.skip(id, 'the account lists no custom image to filter'));

      const ids = images.slice(0, 2).map((i) => idOf(K, i));
      await checkFilter(t, K, BY_ID, all, { ImageIds: JSON.stringify([...ids, unusedId(ids[0]!, all.ids)]) }, (i) => ids.includes(idOf(K, i)));

      const names = images.map((i) => str(i, 'Name'));
      const name = names.find((n) => n.length >= 3);
      if (name) {
        await checkFilter(t, K, BY_NAME, all, { ImageNames: JSON.stringify([name]) }, (i) => str(i, 'Name') === name);
        const prefix = [...Array(name.length - 1).keys()].map((n) => name.slice(0, name.length - 1 - n)).find((p) => p.length >= 2 && !names.includes(p));
        if (prefix) await checkFilter(t, K, BY_NAME, all, { ImageNames: JSON.stringify([prefix]) }, () => false);
      }

      const servers = (await t.fx.servers()).map((s) => s.InstanceId);
      const used = (key: string) => new Set(images.map((i) => str(i, key)).filter(Boolean));
      const server = [...used('InstanceId')].sort()[0];
      if (server) await checkFilter(t, K, BY_SERVER, all, { InstanceId: server }, (i) => str(i, 'InstanceId') === server);
      const idleServer = servers.find((s) => !used('InstanceId').has(s));
      if (idleServer) await checkFilter(t, K, BY_SERVER, all, { InstanceId: idleServer }, () => false);

      for (const [rule, key, type] of [[BY_SYSTEM, 'SystemSnapshotId', 'system'], [BY_DATA, 'DataSnapshotId', 'data']] as const) {
        const hit = [...used(key)].sort()[0];
        if (hit) await checkFilter(t, K, rule, all, { [key]: hit }, (i) => str(i, key) === hit);
        const idle = snapshots.items.filter((s) => str(s, 'SourceDiskType').toLowerCase() === type).map((s) => str(s, 'SnapshotId')).sort().find((s) => !used(key).has(s));
        if (idle) await checkFilter(t, K, rule, all, { [key]: idle }, () => false);
      }
      await checkTagFilter(t, K, TAG, all, swasTags);

      if (made.length) await t.until(() => customImages(t, made), (list) => list.every((i) => i['Status'] !== '4'));
      const share = made[0] ? await t.call('swas', 'ModifyImageShareStatus', { ImageId: made[0], Operation: 'Share' }) : undefined;
      await checkShare(t, [true]);
      if (share?.status === 200) {
        // After UnShare the image counts as not shared again (a filter remembering past shares would not list it).
        const unshare = await t.call('swas', 'ModifyImageShareStatus', { ImageId: made[0]!, Operation: 'UnShare' });
        if (unshare.status === 200) await checkShare(t, [false]);
      }
      skipUnchecked(t, [BY_SERVER, BY_SYSTEM, BY_DATA], (id) => `no listed image names a ${id.split('.').pop()} and the account has none no image uses`);
    } finally {
      await dropCustomImages(t, made);
    }
  }, { timeout: CREATES_RESOURCES.timeout });
}
