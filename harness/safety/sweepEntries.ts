import type { Client } from '../client/Client.js';
import type { LedgerEntry } from './Ledger.js';

/** Every run of this tool names what it creates `acsc<run>-…` and tags it acs-conformance-run. */
export const NAME_PREFIX = 'acsc';

/** The name prefix of one run's resources. */
export const runPrefix = (runId: string): string => `${NAME_PREFIX}${runId.slice(-6)}`;

/**
 * The resources of any run (or of one run, given its id) found through the list operations of one
 * account (`as`: the main one by default; the peer's with its key): for `cleanup --sweep`, and
 * after an interrupted run for a create whose answer never arrived.
 */
export async function sweepEntries(client: Client, region: string, endpoints: { swas: string; ecs: string }, runId?: string, as: 'main' | 'peer' = 'main'): Promise<LedgerEntry[]> {
  const prefix = runId ? runPrefix(runId) : NAME_PREFIX;
  const mine = (name: unknown, tags: unknown): boolean =>
    (typeof name === 'string' && name.startsWith(prefix))
    || (Array.isArray(tags) && tags.some((t: { Key?: string; TagKey?: string; Value?: string; TagValue?: string }) =>
      (t.Key ?? t.TagKey) === 'acs-conformance-run' && (!runId || (t.Value ?? t.TagValue) === runId)));
  const at = new Date().toISOString();
  const entry = (product: 'swas' | 'ecs', kind: string, id: string): LedgerEntry => ({ runId: 'sweep', product, kind, id, region, account: as, endpoint: endpoints[product], at, event: 'created' });
  const out: LedgerEntry[] = [];
  for (let page = 1; page < 100; page++) {
    const r = await client.call('swas', 'ListCustomImages', { PageNumber: page, PageSize: 100 }, { as });
    const items = (r.body?.['CustomImages'] ?? []) as { ImageId: string; Name?: string; Tags?: unknown }[];
    for (const i of items) if (mine(i.Name, i.Tags)) out.push(entry('swas', 'swas.CustomImage', i.ImageId));
    if (items.length < 100) break;
  }
  for (let page = 1; page < 100; page++) {
    const r = await client.call('swas', 'ListSnapshots', { PageNumber: page, PageSize: 100 }, { as });
    const items = (r.body?.['Snapshots'] ?? []) as { SnapshotId: string; SnapshotName?: string; Tags?: unknown }[];
    for (const i of items) if (mine(i.SnapshotName, i.Tags)) out.push(entry('swas', 'swas.Snapshot', i.SnapshotId));
    if (items.length < 100) break;
  }
  for (let page = 1; page < 100; page++) {
    const r = await client.call('ecs', 'DescribeImages', { ImageOwnerAlias: 'self', Status: 'Creating,Available,Deprecated,UnAvailable,CreateFailed', PageNumber: page, PageSize: 100 }, { as });
    const items = ((r.body?.['Images'] as { Image?: unknown[] } | undefined)?.Image ?? []) as { ImageId: string; ImageName?: string; Tags?: { Tag?: unknown } }[];
    for (const i of items) if (mine(i.ImageName, i.Tags?.Tag)) out.push(entry('ecs', 'ecs.Image', i.ImageId));
    if (items.length < 100) break;
  }
  return out;
}

/** `sweepEntries` of the main account and, when the client holds the peer's key, of the peer account. */
export async function sweepAccounts(client: Client, region: string, endpoints: { swas: string; ecs: string }, runId?: string): Promise<LedgerEntry[]> {
  const main = await sweepEntries(client, region, endpoints, runId);
  return client.options.accounts.peer ? [...main, ...(await sweepEntries(client, region, endpoints, runId, 'peer'))] : main;
}
