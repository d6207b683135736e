import type { Spec } from '../../spec/index.js';
import { Client } from '../client/Client.js';
import type { Ledger } from '../safety/Ledger.js';
import { cleanupResources } from '../safety/cleanupResources.js';
import type { Profile } from '../targets/Profile.js';
import { regionEndpoints } from '../targets/regionEndpoints.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';

/**
 * A run that failed before its own cleanup: what its ledger says is still live is deleted (as the
 * account that made it); what cannot be is named on stderr with the command that deletes it later.
 */
export async function cleanupAfterError(spec: Spec, profile: Profile, kind: Parameters<typeof regionEndpoints>[2], runId: string, ledger: Ledger): Promise<void> {
  if (!ledger.live().length) return;
  const peer = profile.peer ? await resolveCredentials(profile.peer.credentials).catch(() => undefined) : undefined;
  const accounts = { main: await resolveCredentials(profile.credentials), ...(peer && { peer }) };
  const client = new Client({ spec, endpoints: profile.endpoints, region: profile.region, accounts, regionEndpoints: regionEndpoints(spec, profile, kind), pacing: false, runId, ledger });
  const left = await cleanupResources(client, ledger.live()).catch(() => undefined);
  if (left?.left.length) process.stderr.write(`cleanup: ${left.left.length} resources left; run acs-conformance cleanup --ledger ${ledger.path}\n`);
}
