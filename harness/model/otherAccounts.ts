import { inRegion } from './inRegion.js';
import type { ModelDeviation } from './modelDeviations.js';
import type { OpContext } from './OpContext.js';
import type { Account } from './state.js';

/**
 * Where the isolation deviations of the catalogue let a call reach: the resource `id` of another
 * account in the call's region, with its owner, when `deviation` is on (and `when` holds for it);
 * otherwise undefined, as the documented reading has it (another account's resource does not
 * exist for the caller). `pick` names the resource kind (`(a) => a.customImages`).
 */
export function otherAccounts<T extends { RegionId: string }>(ctx: OpContext, deviation: ModelDeviation, pick: (a: Account) => ReadonlyMap<string, T>,
  id: string | undefined, when: (item: T) => boolean = () => true): { item: T; owner: Account } | undefined {
  if (!ctx.dev(deviation)) return undefined;
  for (const owner of ctx.state.accounts.values()) {
    if (owner.id === ctx.account.id) continue;
    const item = inRegion(pick(owner), ctx.regionId).get(id);
    if (item && when(item)) return { item, owner };
  }
  return undefined;
}

/** Every other account's resources of one kind in the call's region, under `deviation` (else none). */
export function othersListed<T extends { RegionId: string }>(ctx: OpContext, deviation: ModelDeviation, pick: (a: Account) => ReadonlyMap<string, T>): T[] {
  if (!ctx.dev(deviation)) return [];
  return [...ctx.state.accounts.values()].filter((a) => a.id !== ctx.account.id).flatMap((a) => inRegion(pick(a), ctx.regionId).list);
}
