import type { ServerInfo } from '../conformance/Fixtures.js';
import type { RuleTest } from '../conformance/RuleTest.js';
import { MissingState } from './MissingState.js';

/** A usable server and one of its system-disk snapshots (an existing one, else a new one): what a custom image is made from. */
export async function imageSource(t: RuleTest): Promise<{ server: ServerInfo; snapshotId: string }> {
  const servers = await t.fx.usableServers();
  if (!servers.length) throw new MissingState('the target has no usable (Running or Stopped) simple application server');
  for (const server of servers) {
    const snapshotId = await t.fx.snapshot(server, 'system');
    if (snapshotId) return { server, snapshotId };
  }
  throw new MissingState('no usable server has a system-disk snapshot, and none could be taken');
}
