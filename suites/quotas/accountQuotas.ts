import type { RuleTest } from '../../harness/index.js';
import { totalCount } from '../support/totalCount.js';

/** An account of the profile with its number of servers (every status, from ListInstances) and its documented custom-image quota. */
export interface AccountQuota { as: 'main' | 'peer'; servers: number; quota: number }

export const IMAGES_PER_SERVER = 3;
export const IMAGE_CAP = 15;

/** The main account and, when the profile has one, the peer account, with their custom-image quotas min(3 x servers, 15). */
export async function accountQuotas(t: RuleTest): Promise<AccountQuota[]> {
  const accounts: ('main' | 'peer')[] = t.profile.peer ? ['main', 'peer'] : ['main'];
  const out: AccountQuota[] = [];
  for (const as of accounts) {
    const servers = totalCount((await t.call('swas', 'ListInstances', { PageSize: 1 }, { as })).body);
    if (Number.isFinite(servers)) out.push({ as, servers, quota: Math.min(IMAGES_PER_SERVER * servers, IMAGE_CAP) });
  }
  return out;
}
