import type { Account } from './state.js';

/**
 * Whether `id` names one of the account's resource groups. The model keeps no resource-group
 * directory: the groups that exist are those the seeded resources (SWAS servers, disks and
 * snapshots) are in. The default seed puts none in a group, so there every named group is unknown.
 */
export function resourceGroupExists(account: Account, id: string): boolean {
  for (const resources of [account.servers, account.disks, account.snapshots] as ReadonlyMap<string, { ResourceGroupId?: string }>[]) {
    for (const r of resources.values()) if (r.ResourceGroupId === id) return true;
  }
  return false;
}
