import type { World } from '../model/world/World.js';
import type { Profile } from './Profile.js';

/**
 * The target profile of the bundled emulator (or mock) serving `world`: the base profile's
 * polling, rate-limit and mutation settings with the world's region, keys, accounts and root
 * resources. Servers are discovered, or (in some worlds) pinned by state, so both ways of naming
 * them are exercised; world 0 is the base profile itself.
 */
export function worldProfile(world: World, base: Profile): Profile {
  if (world.seed === 0) return base;
  const swas: NonNullable<Profile['resources']>['swas'] = world.pinServers
    ? { running: world.servers.running, stopped: world.servers.stopped, disabled: world.servers.disabled }
    : { servers: 'discover', ...(world.servers.disabled[0] && { serverInBadState: world.servers.disabled[0] }) };
  return {
    ...base,
    name: `emulator-world-${world.seed}`,
    description: `The bundled emulator serving world ${world.seed} (acs-conformance serve --world-seed ${world.seed}).`,
    region: world.region,
    secondRegion: world.secondRegion,
    credentials: { accessKeyId: world.main.accessKeyId, accessKeySecret: world.main.accessKeySecret },
    accountId: world.main.accountId,
    peer: { accountId: world.peer.accountId, credentials: { accessKeyId: world.peer.accessKeyId, accessKeySecret: world.peer.accessKeySecret } },
    shareAccounts: world.shareTargets,
    unknownAccountId: world.unknownAccountId,
    resources: { swas, ecs: { ...world.ecs } },
  };
}
