import { listOf } from '../support/listOf.js';
import type { World } from './World.js';

/** The observable state of a run's resources, keyed by target id; absent keys are resources not found. */
export interface Observed {
  swas: Record<string, { Name: string; InShare: boolean }>;
  ecs: Record<string, { Status: string; ImdsSupport: string; accounts?: string[] }>;
  snapshots: Record<string, { Status: string }>;
}

const ANY_STATUS = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';

/**
 * What the target shows: ListCustomImages and ListSnapshots of the run's ids, DescribeImages and
 * DescribeImageSharePermission per ECS id. The reads go out together (each operation is paced on
 * its own).
 */
export async function observeTarget(w: World): Promise<Observed> {
  const out: Observed = { swas: {}, ecs: {}, snapshots: {} };
  const swas = w.swasIds.map((id) => w.target(id));
  const snapshots = w.snapshotIds.map((id) => w.target(id));
  const images = async () => {
    if (!swas.length) return;
    const r = await w.t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify(swas), PageSize: 100 });
    for (const i of listOf(r.body, 'CustomImages')) {
      out.swas[String(i['ImageId'])] = { Name: String(i['Name'] ?? i['ImageName']), InShare: i['InShare'] === true };
    }
  };
  const snaps = async () => {
    if (!snapshots.length) return;
    const r = await w.t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify(snapshots), PageSize: 100 });
    for (const s of listOf(r.body, 'Snapshots')) out.snapshots[String(s['SnapshotId'])] = { Status: String(s['Status']) };
  };
  const ecs = async (modelId: string) => {
    const id = w.target(modelId);
    const [r, s] = await Promise.all([
      w.t.call('ecs', 'DescribeImages', { ImageId: id, ImageOwnerAlias: 'self', Status: ANY_STATUS, PageSize: 100 }),
      w.account.ecsImages.has(modelId) ? w.t.call('ecs', 'DescribeImageSharePermission', { ImageId: id, PageSize: 100 }) : undefined,
    ]);
    const item = listOf(r.body, 'Images', 'Image').find((i) => i['ImageId'] === id);
    if (!item) return;
    const features = (item['Features'] ?? {}) as { ImdsSupport?: string };
    out.ecs[id] = { Status: String(item['Status']), ImdsSupport: String(features.ImdsSupport ?? '') };
    if (s) out.ecs[id].accounts = listOf<{ AliyunId: string }>(s.body, 'Accounts', 'Account').map((a) => String(a.AliyunId)).sort();
  };
  await Promise.all([images(), snaps(), ...w.ecsIds.map(ecs)]);
  return out;
}

/** What the model says the target should show, in the target's ids. */
export function observeModel(w: World): Observed {
  const out: Observed = { swas: {}, ecs: {}, snapshots: {} };
  for (const modelId of w.swasIds) {
    const image = w.account.customImages.get(modelId);
    if (image) out.swas[w.target(modelId)] = { Name: image.Name, InShare: image.InShare };
  }
  for (const modelId of w.snapshotIds) {
    if (w.account.snapshots.has(modelId)) out.snapshots[w.target(modelId)] = { Status: 'Accomplished' };
  }
  for (const modelId of w.ecsIds) {
    const image = w.account.ecsImages.get(modelId);
    if (image) out.ecs[w.target(modelId)] = { Status: image.Status, ImdsSupport: image.ImdsSupport, accounts: [...image.shares.keys()].sort() };
  }
  return out;
}
