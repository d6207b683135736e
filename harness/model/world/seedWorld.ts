import { SEED, seedState } from '../seed.js';
import type { World } from './World.js';

/**
 * World 0: the default seed of seed.ts, as fixtures/targets/emulator.json describes it. Its one
 * account-id convention is the listed one (the 60 share targets exist, nothing else does), so any
 * unlisted well-formed id names no account; the profile says which one to use.
 */
export function seedWorld(): World {
  const { main, peer } = SEED;
  return {
    seed: 0, region: SEED.region, secondRegion: SEED.secondRegion, state: seedState(),
    main: { accountId: main.accountId, accessKeyId: main.accessKeyId, accessKeySecret: main.accessKeySecret },
    peer: { accountId: peer.accountId, accessKeyId: peer.accessKeyId, accessKeySecret: peer.accessKeySecret },
    shareTargets: [...SEED.shareTargets],
    unknownAccountId: '1999999999999999',
    servers: { running: [...main.servers], stopped: [], disabled: [main.disabledServer] },
    ecs: {
      instanceId: main.ecsInstance, snapshotId: main.ecsSnapshot, imageInUse: main.imageInUse,
      instanceInBadState: main.ecsInstanceStarting, snapshotInProgress: main.ecsSnapshotInProgress,
    },
    pinServers: false,
  };
}
