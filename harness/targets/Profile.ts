/** A target profile (see profile.schema.json next to this file). */
export interface Credentials { accessKeyId: string; accessKeySecret: string; securityToken?: string }
export type CredentialSource = Credentials | { fromEnvironment: true };

/** `discover` (pick by Status from ListInstances) or pinned server ids. */
export type ServerChoice = 'discover' | string[];

export interface Profile {
  name: string;
  description?: string;
  region: string;
  /** Another region of the target, for the region-isolation rules (what lives in `region` is not reached through it). */
  secondRegion?: string;
  endpoints: { swas: string; ecs: string };
  credentials: CredentialSource;
  accountId: string;
  peer?: { accountId: string; credentials: CredentialSource };
  shareAccounts?: string[];
  /** A well-formed account id that names no account on the target. */
  unknownAccountId?: string;
  resources?: {
    swas?: {
      servers?: ServerChoice; serverInBadState?: string;
      /** Servers by state: discovered from ListInstances, or pinned. */
      running?: ServerChoice; stopped?: ServerChoice; disabled?: ServerChoice;
    };
    ecs?: { instanceId?: string; snapshotId?: string; imageInUse?: string; instanceInBadState?: string; snapshotInProgress?: string };
  };
  polling?: { intervalMs: number; settleTimeoutMs: number; refusalWatchMs?: number };
  rateLimits?: { enforced: boolean; timeScale?: number };
  /** How long a create takes until the resource is usable, in ms (the plan's settle times; defaults in harness/plan/createTimes.ts). */
  createTimes?: { customImageMs?: number; snapshotMs?: number; ecsImageMs?: number };
  /** Whether new images and snapshots stay in their intermediate state long enough to be seen (profile.schema.json). */
  asyncCreates?: { observable: boolean };
  allowMutations?: boolean;
}
