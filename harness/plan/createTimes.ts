import { ledgerEvents } from '../client/ledgerEvents.js';
import type { Profile } from '../targets/Profile.js';

/**
 * How long a create takes until the resource is usable, when the profile does not say
 * (profile.schema.json `createTimes`): guesses for the real cloud, since the documentation says
 * only that it depends on the size of the disks. The plan counts them wherever a test waits for
 * what it created.
 */
export const DEFAULT_CREATE_TIMES = { customImageMs: 600_000, snapshotMs: 300_000, ecsImageMs: 300_000 } as const;

const FIELD: Record<string, keyof typeof DEFAULT_CREATE_TIMES> = { 'swas.CustomImage': 'customImageMs', 'swas.Snapshot': 'snapshotMs', 'ecs.Image': 'ecsImageMs' };

/** The kind of resource a successful call of `op` creates (the ledger's), if it creates one. */
export function createdKind(op: string): string | undefined {
  const [product, action] = op.split('.') as ['swas' | 'ecs', string];
  return ledgerEvents(product, action ?? '', {}, { ImageId: 'x', SnapshotId: 'x' }).find((e) => e.event === 'created')?.kind;
}

/** The settle time of a resource of `kind` on the profile's target, in ms (0 for a kind nothing waits for). */
export function createTime(profile: Pick<Profile, 'createTimes'>, kind: string): number {
  const field = FIELD[kind];
  return field ? profile.createTimes?.[field] ?? DEFAULT_CREATE_TIMES[field] : 0;
}
