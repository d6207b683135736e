/** What one read of a footprint saw: resource id -> its observed fields ('' when only presence counts). */
export interface FootprintState {
  items: ReadonlyMap<string, string>;
  /** false when the resource the part is about (a named image, a disk) does not exist: nothing to judge. */
  exists: boolean;
}

/**
 * One part of what a call could touch, and how to read it: where a create's resource would appear
 * (images of a name, a disk's snapshots), or the resources the call names. A part whose resource
 * does not exist before the call (`exists` false: an unknown image, disk or snapshot) is not judged.
 */
export interface FootprintPart {
  /** What is read, to reuse a reading when nothing happened since (two probes in a row). */
  key: string;
  /** In words: `the custom images named acsc…`. */
  what: string;
  /** A whole-account listing (no name to look for): only resources that appear count. */
  additionsOnly?: boolean;
  /** The state before is known without a read: a name of this run no earlier call of the test used. */
  knownEmpty?: boolean;
  /** undefined: the read failed (not a verdict). */
  read(): Promise<FootprintState | undefined>;
}

export const EMPTY: FootprintState = { items: new Map(), exists: true };

const asObject = (s: string): Record<string, unknown> | undefined => {
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** `a -> b`, or for fields kept as a JSON object only the fields that differ. */
function fieldChanges(was: string, now: string): string {
  const [a, b] = [asObject(was), asObject(now)];
  if (!a || !b) return `${was} -> ${now}`;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${JSON.stringify(a[k]) ?? 'absent'} -> ${JSON.stringify(b[k]) ?? 'absent'}`).join(', ');
}

/** What changed from `before` to `after`, in words; empty when nothing did. */
export function footprintChanges(before: FootprintState, after: FootprintState, additionsOnly = false): string[] {
  const out: string[] = [];
  for (const [id, fields] of after.items) {
    const was = before.items.get(id);
    if (was === undefined) out.push(`${id} appeared${fields ? ` (${fields})` : ''}`);
    else if (was !== fields && !additionsOnly) out.push(`${id}: ${fieldChanges(was, fields)}`);
  }
  if (!additionsOnly) for (const id of before.items.keys()) if (!after.items.has(id)) out.push(`${id} is gone`);
  return out;
}

/** A state in words, at most a few items. */
export function describeState(s: FootprintState): string {
  if (!s.exists) return 'not found';
  if (!s.items.size) return 'none';
  const shown = [...s.items].slice(0, 4).map(([id, fields]) => (fields ? `${id} (${fields})` : id));
  return `${shown.join(', ')}${s.items.size > 4 ? ` and ${s.items.size - 4} more` : ''}`;
}
