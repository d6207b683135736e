/** A target profile (see profile.schema.json next to this file). */
export interface Credentials { accessKeyId: string; accessKeySecret: string; securityToken?: string }
export type CredentialSource = Credentials | { fromEnvironment: true };

export interface Profile {
  name: string;
  description?: string;
  region: string;
  endpoints: { swas: string; ecs: string };
  credentials: CredentialSource;
  accountId: string;
  peer?: { accountId: string; credentials: CredentialSource };
  shareAccounts?: string[];
  resources?: {
    swas?: { servers?: 'discover' | string[]; serverInBadState?: string };
    ecs?: { instanceId?: string; snapshotId?: string; imageInUse?: string; instanceInBadState?: string; snapshotInProgress?: string };
  };
  polling?: { intervalMs: number; settleTimeoutMs: number };
  rateLimits?: { enforced: boolean; timeScale?: number };
  allowMutations?: boolean;
}
