import type { Client } from '../client/Client.js';
import type { LedgerEntry } from './Ledger.js';

const ORDER = ['ecs.Image', 'swas.CustomImage', 'swas.Snapshot'];

/**
 * Deletes resources a run created: ECS images (their share accounts removed first), SWAS custom
 * images (unshared first), then snapshots. Each is deleted in the region it was created in, by the
 * account that created it (the peer's resources need the peer's key: without one they are left,
 * with the reason). A resource already gone counts as deleted. Returns what could not be deleted.
 */
export async function cleanupResources(client: Client, entries: LedgerEntry[]): Promise<{ deleted: string[]; left: { id: string; reason: string }[] }> {
  const deleted: string[] = [];
  const left: { id: string; reason: string }[] = [];
  const sorted = [...entries].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  for (const e of sorted) {
    const opts = { as: e.account ?? 'main' } as const;
    const where = { RegionId: e.region };
    try {
      let r;
      if (e.kind === 'ecs.Image') {
        const shares = await client.call('ecs', 'DescribeImageSharePermission', { ...where, ImageId: e.id, PageSize: 100 }, opts);
        const accounts = ((shares.body?.['Accounts'] as { Account?: { AliyunId: string }[] } | undefined)?.Account ?? []).map((a) => a.AliyunId);
        for (let i = 0; i < accounts.length; i += 10) await client.call('ecs', 'ModifyImageSharePermission', { ...where, ImageId: e.id, RemoveAccount: accounts.slice(i, i + 10) }, opts);
        r = await client.call('ecs', 'DeleteImage', { ...where, ImageId: e.id, Force: true }, opts);
      } else if (e.kind === 'swas.CustomImage') {
        await client.call('swas', 'ModifyImageShareStatus', { ...where, ImageId: e.id, Operation: 'UnShare' }, opts);
        r = await client.call('swas', 'DeleteCustomImages', { ...where, ImageIds: JSON.stringify([e.id]) }, opts);
      } else {
        r = await client.call('swas', 'DeleteSnapshot', { ...where, SnapshotId: e.id }, opts);
      }
      const code = String(r.body?.['Code'] ?? '');
      if (r.status === 200 || code.endsWith('.NotFound')) deleted.push(e.id);
      else left.push({ id: e.id, reason: `${r.status} ${code}` });
    } catch (error) {
      left.push({ id: e.id, reason: (error as Error).message });
    }
  }
  return { deleted, left };
}
