import { dropEcsImage, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { sharedWith } from '../support/sharedWith.js';

const PER_CALL = 'ecs.quota.AccountsPerCall';
const ADD = 'ecs.ModifyImageSharePermission.param.AddAccount.maxItems';
const REMOVE = 'ecs.ModifyImageSharePermission.param.RemoveAccount.maxItems';
const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
const show = (a: string[]) => (a.length ? a.map((x) => x.slice(-4)).join(',') : 'none');

/** ModifyImageSharePermission takes 10 accounts per call: with 11, the 11th is ignored (added or removed), not an error. */
export function accountsPerCall(c: Conformance): void {
  c.rule([PER_CALL, ADD, REMOVE], async (t) => {
    const accounts = t.profile.shareAccounts ?? [];
    if (accounts.length < 11) {
      for (const id of [PER_CALL, ADD, REMOVE]) t.skip(id, `the profile names ${accounts.length} share accounts (shareAccounts), 11 are needed`);
      return;
    }
    const imageId = await t.fx.ecsImage();
    if (!imageId) {
      for (const id of [PER_CALL, ADD, REMOVE]) t.skip(id, 'no ECS image could be created from the profile (resources.ecs) and become Available');
      return;
    }
    const ten = accounts.slice(0, 10);
    const eleven = accounts.slice(0, 11);
    const modify = (params: Record<string, string[]>) => t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, ...params }, { retry: false });
    try {
      const r10 = await modify({ AddAccount: ten });
      const after10 = (await sharedWith(t, imageId)).accounts;
      await modify({ RemoveAccount: ten });
      const r11 = await modify({ AddAccount: eleven });
      await t.expectAnswer(ADD, r11);
      const after11 = (await sharedWith(t, imageId)).accounts;
      t.check(PER_CALL, r10.status === 200 && same(after10, ten) && r11.status === 200 && same(after11, ten),
        'AddAccount with 10 accounts shares all 10; with 11 in one call it succeeds and shares exactly the first 10',
        `10 accounts: HTTP ${r10.status}, listed ${after10.length}; 11 accounts: HTTP ${r11.status} ${String(r11.body?.['Code'] ?? '')}, listed ${show(after11)}`);

      await modify({ AddAccount: accounts.slice(10, 11) });
      const before = (await sharedWith(t, imageId)).accounts;
      const removed = await modify({ RemoveAccount: eleven });
      await t.expectAnswer(REMOVE, removed);
      const left = (await sharedWith(t, imageId)).accounts;
      if (!same(before, eleven)) return t.unknown(PER_CALL, `could not share the image with 11 accounts before RemoveAccount (listed ${before.length})`);
      t.check(PER_CALL, removed.status === 200 && same(left, accounts.slice(10, 11)),
        'RemoveAccount with 11 accounts removes the first 10 and keeps the 11th', `HTTP ${removed.status}, still listed: ${show(left)}`);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
