import { dropEcsImage, readEcsImage, shareEcsImage, type Conformance, type RuleTest } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ANY_ECS_STATUS } from '../support/ecsImages.js';
import { ecsSource } from '../support/ecsSource.js';
import { checkFilter } from './checkFilter.js';
import { checkPaging } from './checkPaging.js';
import { checkTagFilter, ecsTags } from './checkTagFilter.js';
import { idOf, listAll, type Item } from './listAll.js';
import { ECS_IMAGES, shareAccounts } from './listKinds.js';
import { unusedId } from './unusedId.js';
import { judgeSeen, watchCreate } from './watchCreate.js';

const SEEN = 'ecs.CreateImage.state.SeenCreating';
const LOCKED = 'ecs.state.CreatingNotModifiable';
const BY_ID = 'ecs.DescribeImages.state.FilterAgrees.ImageId';
const STATUS = 'ecs.DescribeImages.state.StatusList';
const BY_SNAPSHOT = 'ecs.DescribeImages.state.FilterAgrees.SnapshotId';
const BY_NAME = 'ecs.DescribeImages.state.FilterAgrees.ImageName';
const TAG = 'ecs.DescribeImages.state.FilterAgrees.Tag';
const FILTERS = [BY_ID, STATUS, BY_SNAPSHOT, BY_NAME, TAG];
const SHARED_WITH = 3;
const K = ECS_IMAGES;

const statusOf = async (t: RuleTest, id: string) => (await readEcsImage(t, id))?.['Status'] as string | undefined;
const snapshotsOf = (i: Item) => ((i['DiskDeviceMappings'] as { DiskDeviceMapping?: { SnapshotId?: string }[] } | undefined)?.DiskDeviceMapping ?? [])
  .map((m) => m.SnapshotId).filter((s): s is string => !!s);

/** While a new image is Creating, ModifyImageAttribute is refused (judged only if a read after the call still shows Creating, or the call was refused). */
async function modifyWhileCreating(t: RuleTest, id: string): Promise<void> {
  const modify = await t.call('ecs', 'ModifyImageAttribute', { ImageId: id, Description: 'acs-conformance while creating' }, { retry: false });
  if (modify.status !== 200 || (await statusOf(t, id)) === 'Creating') await t.expectAnswer(LOCKED, modify);
  else t.unknown(LOCKED, 'the image was Available before the accepted call could be judged against its Creating state');
}

/**
 * DescribeImages over the caller's own images (ImageOwnerAlias self, every status) with images
 * enough for two pages (one or two new ones, each seen Creating first, the first one changed while
 * Creating), and DescribeImageSharePermission over the first new image shared with three of the
 * profile's accounts: the pages of both, and ImageId, Status, SnapshotId, ImageName and Tag each
 * against the unfiltered list.
 */
export function ecsImageLists(c: Conformance): void {
  const share = shareAccounts('');
  c.rule([SEEN, LOCKED, K.partition, K.totalCount, K.pastEnd, share.partition, share.totalCount, share.pastEnd, ...FILTERS], async (t) => {
    const made: string[] = [];
    try {
      const before = await listAll(t, K);
      const source = ecsSource(t);
      const wanted = c.config.allowMutations && source ? Math.max(1, 2 - before.ids.length) : 0;
      if (!wanted) [SEEN, LOCKED].forEach((id) => t.skip(id, !c.config.allowMutations ? 'creates images, and mutations are not allowed on this target (run with --allow-mutations)'
        : 'the profile names no ECS snapshot or instance to create images from (resources.ecs)'));
      for (let i = 0; i < wanted; i++) {
        const w = await watchCreate(() => t.call('ecs', 'CreateImage', { ...source!, ImageName: t.name('list') }), 'ImageId', (id) => statusOf(t, id));
        if (!w.id) break;
        made.push(w.id);
        judgeSeen(t, SEEN, w, 'Creating', 'ECS image', c.slowCreates);
        if (i > 0) continue;
        if (w.first === 'Creating') await modifyWhileCreating(t, w.id);
        else t.skip(LOCKED, 'the new image was not seen Creating: there was no Creating state to refuse a change in');
      }
      for (const id of made) await t.until(() => statusOf(t, id), (s) => s !== 'Creating');

      const accounts = (t.profile.shareAccounts ?? []).slice(0, SHARED_WITH);
      const mine = made[0];
      if (!mine || !accounts.length) [share.partition, share.totalCount, share.pastEnd].forEach((id) => t.skip(id, !mine
        ? 'needs an ECS image of the run to share (none could be created)' : 'the profile names no accounts to share with (shareAccounts)'));
      else if (!(await shareEcsImage(t, mine, accounts))) [share.partition, share.totalCount, share.pastEnd].forEach((id) => t.unknown(id, 'sharing the image failed'));
      else await checkPaging(t, shareAccounts(mine));

      const all = await checkPaging(t, K);
      if (!all) return FILTERS.forEach((id) => t.unknown(id, 'the unfiltered DescribeImages failed'));
      const images = [...all.items].sort((a, b) => (idOf(K, a) < idOf(K, b) ? -1 : 1));
      const first = images.find((i) => idOf(K, i) === mine) ?? images[0];
      if (!first) return FILTERS.forEach((id) => t.skip(id, 'the account has no ECS image of its own to filter'));

      const id = idOf(K, first);
      await checkFilter(t, K, BY_ID, all, { ImageId: id }, (i) => idOf(K, i) === id);
      await checkFilter(t, K, BY_ID, all, { ImageId: unusedId(id, all.ids) }, () => false);

      const states = [...new Set(images.map((i) => String(i['Status'])))].sort();
      for (const state of states) await checkFilter(t, K, STATUS, all, { Status: state }, (i) => i['Status'] === state);
      if (states.length > 1) await checkFilter(t, K, STATUS, all, { Status: states.join(',') }, () => true);
      const none = ANY_ECS_STATUS.split(',').find((s) => !states.includes(s));
      if (none) await checkFilter(t, K, STATUS, all, { Status: none }, () => false);

      const snapshot = snapshotsOf(first)[0];
      if (snapshot) await checkFilter(t, K, BY_SNAPSHOT, all, { SnapshotId: snapshot }, (i) => snapshotsOf(i).includes(snapshot));
      await checkFilter(t, K, BY_SNAPSHOT, all, { SnapshotId: unusedId(snapshot ?? 's-acsc', images.flatMap(snapshotsOf)) }, () => false);

      // Fuzzy search: the image of that name must be listed; which others match is left open.
      const name = String(first['ImageName'] ?? '');
      if (name) await checkFilter(t, K, BY_NAME, all, { ImageName: name }, (i) => (i['ImageName'] === name ? true : 'open'));
      else t.skip(BY_NAME, 'the image has no name to search for');
      await checkTagFilter(t, K, TAG, all, ecsTags);
    } finally {
      for (const id of made) await dropEcsImage(t, id);
    }
  }, { timeout: CREATES_RESOURCES.timeout });
}
