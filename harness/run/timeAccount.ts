/**
 * Where a worker's time goes, in ms, summed as it happens: waiting on the client's pacing under the
 * documented rates, on polls until a state appears (and settle timeouts), on documented windows a
 * test must let pass (a rate window, a quiet window before a burst), on retry backoff, and in
 * calls (the sum of call durations: calls that overlap count each). A test reads the change
 * across its own run (`since`); the run sums tests per suite (suiteTime.ts).
 */
export interface TimeSpent { pacingMs: number; pollingMs: number; windowsMs: number; backoffMs: number; callsMs: number; calls: number }

export const TIME_KINDS = ['pacingMs', 'pollingMs', 'windowsMs', 'backoffMs', 'callsMs', 'calls'] as const;

const spent: TimeSpent = { pacingMs: 0, pollingMs: 0, windowsMs: 0, backoffMs: 0, callsMs: 0, calls: 0 };

/** Adds `ms` to one kind of this worker's account. */
export function account(kind: Exclude<keyof TimeSpent, 'calls'>, ms: number): void {
  spent[kind] += Math.max(0, ms);
  if (kind === 'callsMs') spent.calls++;
}

/** Waits `ms` and books it under `kind`. */
export async function waitBooked(kind: Exclude<keyof TimeSpent, 'calls' | 'callsMs'>, ms: number): Promise<void> {
  const started = Date.now();
  await new Promise((r) => setTimeout(r, Math.max(0, ms)));
  account(kind, Date.now() - started);
}

export const snapshotTime = (): TimeSpent => ({ ...spent });

export function since(before: TimeSpent): TimeSpent {
  const out = { ...before };
  for (const k of TIME_KINDS) out[k] = spent[k] - before[k];
  return out;
}
