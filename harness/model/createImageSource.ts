import { fieldSchema } from '../../spec/index.js';
import { inRegion } from './inRegion.js';
import { otherAccounts } from './otherAccounts.js';
import type { OpContext } from './OpContext.js';
import type { EcsImageDisk, EcsSnapshot } from './state.js';

/** An ECS snapshot's status at `now`. */
export const ecsSnapshotStatus = (s: EcsSnapshot, now: number): string => (s.readyAt === undefined ? s.Status : now >= s.readyAt ? 'accomplished' : 'progressing');

/** One DiskDeviceMapping entry as decoded: the fields of a repeat list arrive as strings. */
export interface MappingEntry { SnapshotId?: string; Size?: string | number; Device?: string; DiskType?: string }
export type ImageSource = { kind: 'instance' | 'mapping' | 'snapshot'; disks: EcsImageDisk[] } | { code: string };

const IMAGEABLE = new Set(['Running', 'Stopped']);
const dataDevice = (i: number) => `/dev/xvd${String.fromCharCode(98 + Math.min(i, 24))}`;

/** Size of an entry in GiB; NaN when it is not an integer in the documented range. */
function sizeOf(ctx: OpContext, raw: string | number): number {
  const p = ctx.op.parameters.find((x) => x.name === 'DiskDeviceMapping');
  const range = (p && fieldSchema(p, 'Size')) as { minimum?: number; maximum?: number } | undefined;
  const n = typeof raw === 'number' ? raw : /^[0-9]{1,9}$/.test(raw) ? Number(raw) : NaN;
  return n >= (range?.minimum ?? 0) && n <= (range?.maximum ?? Infinity) ? n : NaN;
}

/** The disks of an image built from DiskDeviceMapping, or the documented refusal. */
function fromMapping(ctx: OpContext, entries: MappingEntry[]): ImageSource {
  const devices = entries.map((e) => e.Device).filter((d): d is string => !!d);
  if (new Set(devices).size < devices.length) return { code: 'InvalidDevice.InUse' };
  const snapshots = inRegion(ctx.account.ecsSnapshots, ctx.regionId);
  const disks: EcsImageDisk[] = [];
  for (const [i, e] of entries.entries()) {
    const snapshot = e.SnapshotId ? snapshots.get(e.SnapshotId) : undefined;
    if (e.SnapshotId && !snapshot) return { code: 'InvalidSnapshotId.NotFound' };
    if (snapshot && ecsSnapshotStatus(snapshot, ctx.now) !== 'accomplished') return { code: 'SnapshotNotReady' };
    // Our reading: an empty disk (no snapshot) needs its Size, and a disk is not smaller than its snapshot.
    const size = e.Size === undefined ? snapshot?.Size ?? NaN : sizeOf(ctx, e.Size);
    if (Number.isNaN(size) || (snapshot && size < snapshot.Size)) return { code: 'InvalidSize.ValueNotSupported' };
    const type = e.DiskType === 'system' || e.DiskType === 'data' ? e.DiskType : snapshot?.SourceDiskType ?? 'data';
    if (type === 'system' && !snapshot) return { code: 'OperationDenied' };
    disks.push({ SnapshotId: snapshot?.SnapshotId ?? '', Size: size, Device: e.Device ?? (type === 'system' ? '/dev/xvda' : dataDevice(i)), Type: type });
  }
  // Exactly one system-disk snapshot.
  if (disks.filter((d) => d.Type === 'system').length !== 1) return { code: 'OperationDenied' };
  return { kind: 'mapping', disks: [...disks.filter((d) => d.Type === 'system'), ...disks.filter((d) => d.Type === 'data')] };
}

/**
 * What CreateImage builds the image from, by the documented priority InstanceId >
 * DiskDeviceMapping > SnapshotId, or the documented error the chosen source meets. An image of an
 * instance takes a new snapshot of its system disk, in progress while the image is being created.
 * Sources present but all empty are InvalidParameter.AllEmpty, absent ones MissingParameter.
 */
export function createImageSource(ctx: OpContext, instanceId: string | undefined, mapping: MappingEntry[] | undefined, snapshotId: string | undefined): ImageSource {
  if (instanceId) {
    const instance = inRegion(ctx.account.ecsInstances, ctx.regionId).get(instanceId) ?? otherAccounts(ctx, 'cross-account-sources', (a) => a.ecsInstances, instanceId)?.item;
    if (!instance) return { code: 'InvalidInstanceId.NotFound' };
    if (!IMAGEABLE.has(instance.Status)) return { code: 'IncorrectInstanceStatus' };
    const busy = inRegion(ctx.account.ecsSnapshots, ctx.regionId).list.some((s) => s.InstanceId === instance.InstanceId && ecsSnapshotStatus(s, ctx.now) === 'progressing');
    if (busy) return { code: 'IncorrectDiskStatus.CreatingSnapshot' };
    // The image takes a snapshot of the system disk, in progress while the image is being created.
    const snapshot: EcsSnapshot = { SnapshotId: ctx.newId('s-'), Status: 'progressing', RegionId: instance.RegionId, SourceDiskType: 'system', Size: instance.systemDiskSize, InstanceId: instance.InstanceId, readyAt: ctx.now + ctx.delays.imageMs };
    ctx.account.ecsSnapshots.set(snapshot.SnapshotId, snapshot);
    return { kind: 'instance', disks: [{ SnapshotId: snapshot.SnapshotId, Size: instance.systemDiskSize, Device: '/dev/xvda', Type: 'system' }] };
  }
  if (mapping?.length) return fromMapping(ctx, mapping);
  if (snapshotId) {
    const snapshot = inRegion(ctx.account.ecsSnapshots, ctx.regionId).get(snapshotId) ?? otherAccounts(ctx, 'cross-account-sources', (a) => a.ecsSnapshots, snapshotId)?.item;
    if (!snapshot) return { code: 'InvalidSnapshotId.NotFound' };
    if (ecsSnapshotStatus(snapshot, ctx.now) !== 'accomplished') return { code: 'SnapshotNotReady' };
    if (snapshot.SourceDiskType !== 'system') return { code: 'OperationDenied' };
    return { kind: 'snapshot', disks: [{ SnapshotId: snapshot.SnapshotId, Size: snapshot.Size, Device: '/dev/xvda', Type: 'system' }] };
  }
  return { code: instanceId === '' || snapshotId === '' ? 'InvalidParameter.AllEmpty' : 'MissingParameter' };
}
