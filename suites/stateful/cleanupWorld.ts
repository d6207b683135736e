import { listOf } from '../support/listOf.js';
import type { World } from './World.js';

const gone = (status: number, code: unknown) => status === 200 || (typeof code === 'string' && code.includes('NotFound'));

/**
 * Deletes everything a run created on the target, whatever the model said: custom images (each
 * unshared and deleted again if the delete is refused as shared), ECS images (share accounts
 * removed, then DeleteImage with Force), then the snapshots. Ids whose deletion the target
 * confirmed go to the recorder's `gone` set; anything else stays, and the next run mirrors it.
 */
export async function cleanupWorld(w: World): Promise<void> {
  const confirm = (id: string, r: { status: number; body?: Record<string, unknown> }) => { if (gone(r.status, r.body?.['Code'])) w.rec.gone.add(id); };
  const swas = [...w.created.swas];
  if (swas.length) {
    await w.t.until(() => w.t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify(swas), PageSize: 100 }),
      (r) => listOf(r.body, 'CustomImages').every((i) => i['Status'] !== '4'));
  }
  for (const id of swas) {
    let r = await w.t.call('swas', 'DeleteCustomImage', { ImageId: id });
    if (r.body?.['Code'] === 'CustomImageInShare') {
      await w.t.call('swas', 'ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' });
      r = await w.t.call('swas', 'DeleteCustomImage', { ImageId: id });
    }
    confirm(id, r);
    if (w.rec.gone.has(id)) w.rec.goneImages++;
  }
  for (const id of w.created.ecs) {
    const shares = await w.t.call('ecs', 'DescribeImageSharePermission', { ImageId: id, PageSize: 100 });
    const accounts = listOf<{ AliyunId: string }>(shares.body, 'Accounts', 'Account').map((a) => String(a.AliyunId));
    for (let i = 0; i < accounts.length; i += 10) await w.t.call('ecs', 'ModifyImageSharePermission', { ImageId: id, RemoveAccount: accounts.slice(i, i + 10) });
    confirm(id, await w.t.call('ecs', 'DeleteImage', { ImageId: id, Force: 'true' }));
  }
  for (const id of w.created.snapshot) confirm(id, await w.t.call('swas', 'DeleteSnapshot', { SnapshotId: id }));
}
