import { randomBytes } from 'node:crypto';

/** A run id that sorts by time and names nothing but itself: `20261123T101502Z-3fa9c1`. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}
