import type { CallResult } from '../client/Client.js';

/** The id a successful create answered (`ImageId`, `SnapshotId`), or undefined. */
export function createdId(r: CallResult, field: 'ImageId' | 'SnapshotId' = 'ImageId'): string | undefined {
  const id = r.body?.[field];
  return r.status === 200 && typeof id === 'string' && id ? id : undefined;
}
