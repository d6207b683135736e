import type { Snapshot } from './state.js';

/**
 * Status and Progress of a SWAS snapshot at `now`: Progressing ("50%") until `readyAt`, then
 * Accomplished ("100%"). The intermediate percentage is the model's choice; the docs only show "100%".
 */
export function snapshotStatus(snapshot: Snapshot, now: number): { Status: 'Progressing' | 'Accomplished'; Progress: string } {
  return now < snapshot.readyAt ? { Status: 'Progressing', Progress: '50%' } : { Status: 'Accomplished', Progress: '100%' };
}
