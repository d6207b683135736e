import type { ParamValue } from '../protocol/index.js';
import type { BaseRequests } from './BaseRequests.js';
import { MissingState } from './MissingState.js';
import type { ProbeItem, ProbeOptions, ProbeValue } from './ProbeCase.js';

/** Stands for the request's fresh custom image in a probe value; replaced when the probe is sent. */
export const CUSTOM_IMAGE = '<<CustomImageId>>';

type Shape = Pick<ProbeOptions, 'item' | 'place'>;
const letter = (i: number) => String.fromCharCode(98 + i);

/**
 * Data table: the items of list parameters where the target needs real ones, by
 * `<product>.<Operation>.<Param>`. Unknown server ids fail ListInstances, so its ids are the
 * account's servers; addresses are TEST-NET addresses; DeleteCustomImages names the request's
 * fresh image (repeated: only one image is at hand); accounts are the profile's share accounts;
 * a DiskDeviceMapping has one system disk from the profile's ECS snapshot and empty data disks
 * on distinct devices (a Size probe, or a DiskType other than system, sits on a data disk).
 */
const SHAPES: Record<string, (r: BaseRequests) => Promise<Shape>> = {
  'swas.ListInstances.InstanceIds': async (r) => {
    const ids = (await r.t.fx.servers()).map((s) => s.InstanceId);
    return { item: (i) => ids[i % ids.length] ?? 'none' };
  },
  'swas.ListInstances.PublicIpAddresses': async () => ({ item: (i) => `192.0.2.${(i % 254) + 1}` }),
  'swas.DeleteCustomImages.ImageIds': async () => ({ item: () => CUSTOM_IMAGE }),
  'ecs.ModifyImageSharePermission.AddAccount': async (r) => {
    const accounts = r.shareAccounts(11);
    return { item: (i) => accounts[i]! };
  },
  'ecs.ModifyImageSharePermission.RemoveAccount': async (r) => {
    const accounts = r.shareAccounts(11);
    return { item: (i) => accounts[i]! };
  },
  'ecs.CreateImage.DiskDeviceMapping': async (r) => {
    const source = await r.ecsSource();
    if (!('SnapshotId' in source)) throw new MissingState('DiskDeviceMapping needs an ECS system-disk snapshot (resources.ecs.snapshotId)');
    const item = (i: number): ProbeItem => (i === 0
      ? { SnapshotId: source.SnapshotId, DiskType: 'system', Device: '/dev/xvda' }
      : { Size: 40, DiskType: 'data', Device: `/dev/xvd${letter(i - 1)}` });
    const place = (field: string, v: string | number): ProbeValue => (field === 'Size' || (field === 'DiskType' && v !== 'system')
      ? [item(0), { ...(item(1) as object), [field]: v }]
      : [{ ...(item(0) as object), [field]: v }]);
    return { item, place };
  },
};

export function listShape(r: BaseRequests, name: string): Promise<Shape> {
  return SHAPES[`${r.key}.${name}`]?.(r) ?? Promise.resolve({});
}

/** A probe value as sent: placeholders replaced by the request's resources. */
export async function fillValue(r: BaseRequests, value: ProbeValue): Promise<ParamValue> {
  const text = JSON.stringify(value);
  if (text === undefined || !text.includes(CUSTOM_IMAGE)) return value as ParamValue;
  const id = await r.customImage();
  const swap = (v: unknown): unknown => (typeof v === 'string' ? v.split(CUSTOM_IMAGE).join(id)
    : Array.isArray(v) ? v.map(swap) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)])) : v);
  return swap(value) as ParamValue;
}
