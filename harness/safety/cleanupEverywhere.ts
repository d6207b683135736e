import type { Client } from '../client/Client.js';
import { cleanupResources } from './cleanupResources.js';
import { mergeEntries, type LedgerEntry } from './Ledger.js';
import { sweepAccounts } from './sweepEntries.js';

type Endpoints = { swas: string; ecs: string };

/**
 * Cleans up a run whose suites may each have had their own endpoints (one bundled emulator per
 * suite): the ledger's entries grouped by the endpoint they were created behind, each group
 * deleted through a client for those endpoints; after an interrupt, every endpoint is also swept
 * by the run's name prefix, in every account the client holds a key of, for creates cut off in flight.
 */
export async function cleanupEverywhere(clientFor: (endpoints: Endpoints) => Client, main: Endpoints, others: Endpoints[], live: LedgerEntry[],
  sweep: { region: string; runId: string } | undefined): Promise<{ deleted: string[]; left: { id: string; reason: string }[] }> {
  const all = [main, ...others];
  const deleted: string[] = [];
  const left: { id: string; reason: string }[] = [];
  for (const endpoints of all) {
    const client = clientFor(endpoints);
    const mine = live.filter((e) => e.endpoint === endpoints[e.product] || (endpoints === main && !all.some((x) => x[e.product] === e.endpoint)));
    // Both accounts are swept (the peer's when the client holds its key): each entry is deleted as its account.
    const swept = sweep ? await sweepAccounts(client, sweep.region, endpoints, sweep.runId) : [];
    const result = await cleanupResources(client, mergeEntries(mine, swept));
    deleted.push(...result.deleted);
    left.push(...result.left);
  }
  return { deleted, left };
}
