import { dropEcsImage, refusalRuleId, watchRefusal, type Conformance, type ParamValue, type RuleTest } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';

const SHARE = refusalRuleId('ecs.ModifyImageSharePermission');
const ATTRIBUTES = refusalRuleId('ecs.ModifyImageAttribute');

/** Sends one call the target should refuse, watching what it could touch. */
async function refused(t: RuleTest, action: string, params: Record<string, ParamValue>): Promise<void> {
  await watchRefusal(t, 'ecs', action, params, () => t.call('ecs', action, params, { retry: false }));
}

/**
 * On one new ECS image: AddAccount of a valid account before the caller's own
 * (InvalidAccount.Forbbiden) shares with neither; RemoveAccount of a shared account together
 * with AddAccount of the caller's own removes nothing; a new ImageName sent with Status=Available
 * on an Available image (ImageStatus.NotDeprecated) does not rename it.
 */
export function ecsPartialRefusals(c: Conformance): void {
  c.rule([SHARE, ATTRIBUTES], async (t) => {
    const imageId = await t.fx.ecsImage();
    if (!imageId) return [SHARE, ATTRIBUTES].forEach((id) => t.skip(id, 'could not create an ECS image from the profile\'s source (resources.ecs.snapshotId or instanceId)'));
    try {
      const account = t.profile.shareAccounts?.[0] ?? t.profile.peer?.accountId;
      if (!account) t.skip(SHARE, 'the profile names no account to share with (shareAccounts or peer)');
      else {
        const self = t.profile.accountId;
        await refused(t, 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [account, self] });
        const shared = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [account] });
        if (shared.status === 200) await refused(t, 'ModifyImageSharePermission', { ImageId: imageId, RemoveAccount: [account], AddAccount: [self] });
        await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, RemoveAccount: [account] });
      }
      await refused(t, 'ModifyImageAttribute', { ImageId: imageId, ImageName: t.name('ecs'), Status: 'Available' });
      for (const id of [SHARE, ATTRIBUTES]) {
        if (!t.observations.some((o) => o.ruleId === id)) t.skip(id, 'the target accepted every call of the scenario: no refusal to judge');
      }
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
