import type { RuleTest } from '../../harness/index.js';

/** Where a SWAS custom image can be made from: a usable server of the account and an Accomplished system snapshot of it. */
export interface ImageSource { as: 'main' | 'peer'; instanceId: string; snapshotId: string }

/** The first usable server of the account that has (or gets) an Accomplished system snapshot. */
export async function imageSource(t: RuleTest, as: 'main' | 'peer' = 'main'): Promise<ImageSource | undefined> {
  for (const server of await t.fx.usableServers(as)) {
    const snapshotId = await t.fx.snapshot(server, 'system', as);
    if (snapshotId) return { as, instanceId: server.InstanceId, snapshotId };
  }
  return undefined;
}
