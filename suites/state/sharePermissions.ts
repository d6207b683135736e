import { dropEcsImage, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { listOf } from '../support/listOf.js';
import { totalCount } from '../support/totalCount.js';

const LISTED = 'ecs.ModifyImageSharePermission.state.AccountsListed';
const KEEPS = 'ecs.ModifyImageSharePermission.state.RemoveKeepsOthers';
const EMPTY = 'ecs.DescribeImageSharePermission.state.UnsharedEmpty';
const PAGING = 'ecs.DescribeImageSharePermission.state.Paging';
const ALL = [LISTED, KEEPS, EMPTY, PAGING];

/** The share list of an ECS image: empty at first, accounts appear and disappear as added and removed, paged by 10. */
export function sharePermissions(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const accounts = t.profile.shareAccounts ?? [];
    if (accounts.length < 2) return ALL.forEach((id) => t.skip(id, `the profile names ${accounts.length} share accounts (shareAccounts), at least 2 are needed`));
    const imageId = await t.fx.ecsImage({ name: t.name('perm') });
    if (!imageId) return ALL.forEach((id) => t.skip(id, 'no ECS image could be created from the profile (resources.ecs) and become Available'));
    const read = async (params: Record<string, number> = { PageSize: 100 }) => {
      const r = await t.call('ecs', 'DescribeImageSharePermission', { ImageId: imageId, ...params });
      return { r, total: totalCount(r.body), items: listOf<{ AliyunId: string; SharedTime?: string }>(r.body, 'Accounts', 'Account') };
    };
    const modify = (params: Record<string, string[]>) => t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, ...params });
    const [a, b] = accounts as [string, string];
    try {
      const fresh = await read();
      t.check(EMPTY, fresh.r.status === 200 && Array.isArray((fresh.r.body?.['Accounts'] as { Account?: unknown } | undefined)?.Account) && fresh.items.length === 0 && fresh.total === 0,
        'for a fresh image Accounts.Account is [] and TotalCount 0', `${answerOf(fresh.r)}, ${fresh.items.length} accounts, TotalCount ${fresh.total}`);

      const added = await modify({ AddAccount: [a] });
      const withA = await read();
      const itemA = withA.items.find((x) => x.AliyunId === a);
      await modify({ AddAccount: [b] });
      const both = await read();
      const removed = await modify({ RemoveAccount: [a] });
      const onlyB = await read();
      t.check(LISTED, added.status === 200 && !!itemA?.SharedTime && removed.status === 200 && !onlyB.items.some((x) => x.AliyunId === a) && onlyB.total === both.total - 1,
        'after AddAccount A is listed with a SharedTime; after RemoveAccount A is gone and TotalCount drops by one',
        `add ${answerOf(added)}, A listed: ${!!itemA} (SharedTime ${JSON.stringify(itemA?.SharedTime)}); remove ${answerOf(removed)}, TotalCount ${both.total} -> ${onlyB.total}`);
      t.check(KEEPS, onlyB.items.length === 1 && onlyB.items[0]?.AliyunId === b, 'shared with A and B, A removed: exactly B is listed',
        `listed: ${onlyB.items.map((x) => x.AliyunId).join(', ') || 'none'}`);

      if (accounts.length < 12) return t.skip(PAGING, `the profile names ${accounts.length} share accounts, 12 are needed`);
      const rest = accounts.slice(0, 12).filter((x) => x !== b);
      const more = [await modify({ AddAccount: rest.slice(0, 10) }), await modify({ AddAccount: rest.slice(10) })];
      if (more.some((r) => r.status !== 200)) return t.unknown(PAGING, `could not share with 12 accounts (${more.map(answerOf).join(', ')})`);
      const p1 = await read({});
      const p2 = await read({ PageNumber: 2 });
      t.check(PAGING, p1.items.length === 10 && p2.items.length === 2 && p1.total === 12 && p2.total === 12,
        'with 12 accounts: page 1 without PageSize holds 10, page 2 holds 2, TotalCount 12 on both',
        `page 1: ${p1.items.length} (TotalCount ${p1.total}), page 2: ${p2.items.length} (TotalCount ${p2.total})`);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
