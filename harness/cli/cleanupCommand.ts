import { existsSync } from 'node:fs';
import { getSpec } from '../../spec/index.js';
import { Client } from '../client/Client.js';
import { UsageError } from '../errors/ToolError.js';
import { firstEntry, Ledger, liveEntries, mergeEntries } from '../safety/Ledger.js';
import { cleanupResources } from '../safety/cleanupResources.js';
import { sweepAccounts } from '../safety/sweepEntries.js';
import { loadProfile } from '../targets/loadProfile.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';
import { regionEndpoints } from '../targets/regionEndpoints.js';
import { resolveTarget } from '../targets/resolveTarget.js';
import { parseCleanupArgs } from './parseCleanupArgs.js';

/**
 * `cleanup [--ledger FILE | --sweep] [--target URL|cloud] --profile FILE`: deletes what a run
 * created, from its ledger, or every resource carrying the suite's name prefix (`--sweep`).
 */
export async function cleanupCommand(args: string[]): Promise<number> {
  const values = parseCleanupArgs(args);
  if (values.ledger && !existsSync(values.ledger)) throw new UsageError(`cleanup: ledger ${values.ledger} not found`);
  const spec = getSpec();
  const entries = values.ledger ? liveEntries(values.ledger) : [];
  const first = values.ledger ? firstEntry(values.ledger) : undefined;
  const targetArg = values.target ?? first?.endpoint;
  if (!targetArg) {
    if (values.ledger) { process.stdout.write('cleanup: the ledger holds nothing left to delete\n'); return 0; }
    throw new UsageError('cleanup --sweep: --target URL or cloud is required');
  }
  loadProfile(values.profile);
  const target = await resolveTarget(spec, targetArg, values.profile, []);
  try {
    const p = target.profile;
    // The peer's key too, when the profile names one: what a run created as the peer is deleted as the peer.
    const peer = p.peer ? await resolveCredentials(p.peer.credentials) : undefined;
    const client = new Client({
      spec, endpoints: p.endpoints, region: p.region, accounts: { main: await resolveCredentials(p.credentials), ...(peer && { peer }) },
      regionEndpoints: regionEndpoints(spec, p, target.kind),
      pacing: p.rateLimits?.enforced ?? true, timeScale: p.rateLimits?.timeScale ?? 1,
      ...(values.ledger && { ledger: new Ledger(values.ledger), runId: first?.runId ?? 'cleanup' }),
    });
    // From a ledger: its entries, plus what the same run created but could not record (a create
    // whose answer an interrupt cut off), found by the run's name prefix.
    const runId = first?.runId;
    const todo = values.sweep ? await sweepAccounts(client, p.region, p.endpoints)
      : mergeEntries(entries, runId ? await sweepAccounts(client, p.region, p.endpoints, runId) : []);
    const { deleted, left } = await cleanupResources(client, todo);
    process.stdout.write(`cleanup: ${deleted.length} deleted, ${left.length} left\n`);
    for (const l of left) process.stdout.write(`  left ${l.id}: ${l.reason}\n`);
    return left.length ? 1 : 0;
  } finally {
    await target.stop();
  }
}
