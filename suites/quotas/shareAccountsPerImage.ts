import { dropEcsImage, watchRefusal, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { sharedWith } from '../support/sharedWith.js';

const RULE = 'ecs.quota.ShareAccountsPerImage';
const LIMIT = 50;

/** An image is shared with at most 50 accounts: the 50th is added, the 51st refused with QuotaExceed.ShareImageUser. */
export function shareAccountsPerImage(c: Conformance): void {
  c.rule([RULE, 'ecs.ModifyImageSharePermission.error.QuotaExceed.ShareImageUser'], async (t) => {
    const accounts = t.profile.shareAccounts ?? [];
    if (accounts.length <= LIMIT) return t.skip(RULE, `the profile names ${accounts.length} share accounts (shareAccounts), ${LIMIT + 1} are needed`);
    const imageId = await t.fx.ecsImage();
    if (!imageId) return t.skip(RULE, 'no ECS image could be created from the profile (resources.ecs) and become Available');
    try {
      for (let i = 0; i < LIMIT; i += 10) {
        const r = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: accounts.slice(i, i + 10) }, { retry: false });
        if (r.status === 200) continue;
        const code = String(r.body?.['Code'] ?? '');
        if (code === 'QuotaExceed.ShareImageUser') return void t.check(RULE, false, `accounts ${i + 1} to ${i + 10} of ${LIMIT} are added`, `HTTP ${r.status} ${code}`, [r.exchange]);
        return t.unknown(RULE, `could not share with ${LIMIT} accounts: accounts ${i + 1} to ${i + 10} answered HTTP ${r.status} ${code}`);
      }
      const full = await sharedWith(t, imageId);
      t.check(RULE, full.total === LIMIT, `DescribeImageSharePermission lists ${LIMIT} accounts`, `TotalCount ${full.total}`);
      const params = { ImageId: imageId, AddAccount: [accounts[LIMIT]!] };
      const over = await watchRefusal(t, 'ecs', 'ModifyImageSharePermission', params, () => t.call('ecs', 'ModifyImageSharePermission', params, { retry: false }));
      await t.expectAnswer(RULE, over);
      await t.expectAnswer('ecs.ModifyImageSharePermission.error.QuotaExceed.ShareImageUser', over);
      const after = await sharedWith(t, imageId);
      t.check(RULE, after.total === LIMIT && !after.accounts.includes(accounts[LIMIT]!), `still ${LIMIT} accounts, not the ${LIMIT + 1}st`, `TotalCount ${after.total}`);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
