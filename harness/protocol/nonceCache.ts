export interface NonceCacheOptions {
  /**
   * How long a nonce is remembered, in ms. Default 30 minutes: with verify()'s
   * default window of 15 minutes either side, a captured request stays
   * acceptable for up to 30 minutes after it was first seen.
   */
  windowMs?: number;
  /** Upper bound on remembered nonces; the oldest is dropped beyond it. Default 100 000. */
  maxEntries?: number;
}

export interface NonceCache {
  /**
   * Records `nonce` as seen at `nowMs` and reports whether it was already
   * seen less than windowMs earlier. A repeat does not extend the entry's life.
   * Amortised O(1). Key by `${accessKeyId}:${nonce}` to scope nonces per key.
   */
  seen(nonce: string, nowMs: number): boolean;
  readonly size: number;
}

/**
 * A bounded, time-windowed set of nonces: a Map for membership plus a FIFO
 * queue (array with a moving head, compacted when half is consumed) holding
 * the same entries in time order. Time order holds because a clock that steps
 * backwards is clamped to the latest time seen. Expired entries are evicted
 * from the head on every call. When full, the oldest entry is dropped even if
 * not expired: under a flood, replay protection degrades for the oldest
 * nonces rather than memory growing without bound.
 */
export function createNonceCache(options: NonceCacheOptions = {}): NonceCache {
  const windowMs = options.windowMs ?? 30 * 60 * 1000;
  const maxEntries = Math.max(1, options.maxEntries ?? 100_000);
  const members = new Set<string>();
  let queue: { nonce: string; at: number }[] = [];
  let head = 0;
  let latest = -Infinity;

  function dropOldest(): void {
    const entry = queue[head++];
    if (entry) members.delete(entry.nonce);
    if (head >= 1024 && head * 2 >= queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  }

  return {
    seen(nonce: string, nowMs: number): boolean {
      if (!Number.isFinite(nowMs)) throw new RangeError('nowMs must be a finite number');
      latest = Math.max(latest, nowMs);
      while (head < queue.length && latest - (queue[head]?.at ?? latest) >= windowMs) dropOldest();
      if (members.has(nonce)) return true;
      if (members.size >= maxEntries) dropOldest();
      members.add(nonce);
      queue.push({ nonce, at: latest });
      return false;
    },
    get size() {
      return members.size;
    },
  };
}
