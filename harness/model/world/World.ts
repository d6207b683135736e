import type { ModelState } from '../state.js';

/** An account of a world that holds credentials. */
export interface WorldAccount { accountId: string; accessKeyId: string; accessKeySecret: string }

/**
 * The starting world of an emulated cloud: its state, the accounts that can sign calls, and what
 * a target profile has to say about it (the facts a suite cannot discover through the API).
 * World 0 is the default seed (seed.ts); other worlds are drawn from their number (randomWorld.ts).
 */
export interface World {
  seed: number;
  region: string;
  /** Another region the world's emulator serves (the profile's secondRegion); randomised worlds keep a main-account server there. */
  secondRegion: string;
  state: ModelState;
  main: WorldAccount;
  peer: WorldAccount;
  /** Accounts that exist only as share targets. */
  shareTargets: string[];
  /** A well-formed account id that names no account of this world. */
  unknownAccountId: string;
  /** The main account's servers by status. */
  servers: { running: string[]; stopped: string[]; disabled: string[] };
  ecs: { instanceId: string; snapshotId: string; imageInUse: string; instanceInBadState: string; snapshotInProgress: string };
  /** How the world's profile names servers: discovered, or pinned by state. */
  pinServers: boolean;
}
