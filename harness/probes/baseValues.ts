import type { Parameter } from '../../spec/index.js';
import type { ParamValue } from '../protocol/index.js';
import type { BaseRequests } from './BaseRequests.js';

type Resolver = (r: BaseRequests) => Promise<Record<string, ParamValue>>;

/**
 * Data table: where the parameters of a base request come from, by `<product>.<Operation>.<Param>`
 * or `<product>.<Param>`. Ids come from fixtures (a fresh image for the operations that change or
 * delete one), names are run-prefixed and new on every request; any other parameter takes its
 * first valid example from the spec.
 */
const VALUES: Record<string, Resolver> = {
  'swas.InstanceId': async (r) => ({ InstanceId: (await r.imageSource()).server.InstanceId }),
  'swas.CreateCustomImage.SystemSnapshotId': async (r) => ({ SystemSnapshotId: (await r.imageSource()).snapshotId }),
  'swas.DiskId': async (r) => ({ DiskId: await r.roomyDisk() }),
  'swas.ImageId': async (r) => ({ ImageId: await r.customImage() }),
  'swas.ImageIds': async (r) => ({ ImageIds: JSON.stringify([await r.customImage()]) }),
  'swas.SnapshotId': async (r) => ({ SnapshotId: await r.snapshot() }),
  'swas.ImageName': async (r) => ({ ImageName: r.t.name('img') }),
  'swas.SnapshotName': async (r) => ({ SnapshotName: r.t.name('snap') }),
  'ecs.ImageId': async (r) => ({ ImageId: await r.ecsImage() }),
  'ecs.ImageName': async (r) => ({ ImageName: r.t.name('ecs') }),
  'ecs.CreateImage.source': async (r) => r.ecsSource(),
  'ecs.AddAccount': async (r) => ({ AddAccount: r.shareAccounts(1) }),
};

/** What a valid request needs beyond the parameters the spec marks required. */
const EXTRA: Record<string, string[]> = {
  // "Marked optional in the metadata, but an image can only be based on a system-disk snapshot."
  'swas.CreateCustomImage': ['SystemSnapshotId'],
  // One source (snapshot or instance) is needed; a name keeps the images apart.
  'ecs.CreateImage': ['source', 'ImageName'],
  'ecs.ModifyImageSharePermission': ['AddAccount'],
};

/** Parameters whose probes are built on a fresh run-prefixed name (the target wants names unique). */
const NAMES = new Set(['ImageName', 'SnapshotName']);

/** A valid example of a parameter from its hints or, failing that, its schema. */
export function exampleOf(p: Parameter): ParamValue {
  const s = p.schema as { type?: string; enum?: unknown[]; minimum?: number; minLength?: number };
  const first = p.probe?.valid?.[0];
  if (s.type === 'integer' || s.type === 'number') return first !== undefined ? Number(first) : (s.minimum ?? 1);
  if (s.type === 'boolean') return first === 'true';
  return first ?? (typeof s.enum?.[0] === 'string' ? s.enum[0] : 'a'.repeat(Math.max(1, s.minLength ?? 1)));
}

/** The base request of an operation: its required parameters (RegionId is the client's) and the extras it needs. */
export async function baseValues(r: BaseRequests): Promise<Record<string, ParamValue>> {
  const names = [...r.op.parameters.filter((p) => p.required && p.name !== 'RegionId').map((p) => p.name), ...(EXTRA[r.key] ?? [])];
  const out: Record<string, ParamValue> = {};
  for (const name of names) {
    const resolve = VALUES[`${r.key}.${name}`] ?? VALUES[`${r.op.product}.${name}`];
    if (resolve) Object.assign(out, await resolve(r));
    else {
      const p = r.op.parameters.find((x) => x.name === name);
      if (!p) throw new Error(`baseValues: ${r.key} has no parameter ${name}`);
      out[name] = exampleOf(p);
    }
  }
  return out;
}

/** A valid string to build a parameter's probes on: a fresh name for names, else the spec's example. */
export function probeBase(r: BaseRequests, name: string): string | undefined {
  return NAMES.has(name) ? r.t.name('p') : undefined;
}
