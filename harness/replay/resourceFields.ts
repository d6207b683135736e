/** Fields of a listed resource that polling waits on (Status "1", Available, Accomplished; InShare). */
export const POLLED_FIELDS = ['Status', 'InShare'] as const;
// In this order: a snapshot names its disk and server, a disk its server; the first one present is the item's own.
const ID_FIELDS = ['ImageId', 'SnapshotId', 'DiskId', 'InstanceId'] as const;

/**
 * The resources an answer lists, by id, with their polled fields: every object in the body that has
 * an id field (ImageId, SnapshotId, DiskId, InstanceId: the first one present) and a Status.
 */
export function resourceFields(body: unknown): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const idField = ID_FIELDS.find((f) => typeof o[f] === 'string');
    if (idField && o['Status'] !== undefined && !out.has(o[idField] as string)) {
      const fields: Record<string, string> = {};
      for (const f of POLLED_FIELDS) if (o[f] !== undefined && o[f] !== null) fields[f] = String(o[f]);
      out.set(o[idField] as string, fields);
    }
    for (const item of Object.values(o)) walk(item);
  };
  walk(body);
  return out;
}

/** The view of `ids` in an answer's resources: their polled fields, null for those not listed. */
export function viewOf(listed: Map<string, Record<string, string>>, ids: Iterable<string>): Record<string, Record<string, string> | null> {
  return Object.fromEntries([...ids].map((id) => [id, listed.get(id) ?? null]));
}
