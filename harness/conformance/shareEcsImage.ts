import type { RuleTest } from './RuleTest.js';

/** The most accounts ModifyImageSharePermission applies from one AddAccount or RemoveAccount list. */
const PER_CALL = 10;

/** Adds (or removes) accounts to an ECS image's share list, 10 a call; whether every call succeeded. */
export async function shareEcsImage(t: RuleTest, imageId: string, accounts: readonly string[], how: 'AddAccount' | 'RemoveAccount' = 'AddAccount'): Promise<boolean> {
  for (let i = 0; i < accounts.length; i += PER_CALL) {
    const r = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, [how]: accounts.slice(i, i + PER_CALL) });
    if (r.status !== 200) return false;
  }
  return true;
}
