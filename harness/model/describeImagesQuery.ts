import type { OperationSpec } from '../../spec/index.js';
import type { Values } from './decodeParams.js';
import { ecsImageDisks } from './ecsImageDisks.js';
import { ecsImageStatus } from './ecsImageStatus.js';
import type { VisibleImage } from './ecsVisibleImages.js';
import { matchTags } from './matchTags.js';
import { osTypeOf } from './osTypeOf.js';
import { readValues } from './readValues.js';

export type ImageMatcher = (v: VisibleImage, now: number) => boolean;

/** yyyy-MM-ddTHH:mmZ as documented; seconds are accepted too (the API's own time format). */
const FILTER_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;
/** An instance type name, ecs.<family>.<size>: the model has no type catalogue, so any such name exists. */
const INSTANCE_TYPE = /^ecs\.[a-z0-9-]+\.[a-z0-9-]+$/;
const csv = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * Reads DescribeImages' filters: the documented error code of the first filter that is wrong, or
 * the predicate an image must pass. An empty value of a filter is read as its absence.
 */
export function describeImagesQuery(op: OperationSpec, values: Values): { code: string } | { matches: ImageMatcher } {
  const v = readValues(values);
  const str = (name: string) => v.str(name) || undefined;
  const statusPattern = (op.parameters.find((p) => p.name === 'Status')?.schema as { pattern?: string } | undefined)?.pattern;
  const status = str('Status');
  if (status !== undefined && statusPattern && !new RegExp(statusPattern).test(status)) return { code: 'InvalidParamter' };
  const tags = v.tags();
  if (tags?.some((t) => t.Key === undefined)) return { code: 'InvalidTag.Mismatch' };
  const filters = (Array.isArray(values['Filter']) ? values['Filter'] : []) as { Key?: string; Value?: string }[];
  for (const f of filters) {
    if (f.Key === undefined) return { code: 'InvalidFilterKey.NotFound' };
    if (f.Key === 'NetworkType' && f.Value !== 'vpc' && f.Value !== 'classic') return { code: 'InvalidFilterValue.NetworkType' };
    if (f.Key.startsWith('Creation') && !(FILTER_TIME.test(f.Value ?? '') && !Number.isNaN(Date.parse(f.Value!)))) return { code: 'InvalidFilterValue' };
  }
  const instanceType = str('InstanceType');
  if (instanceType !== undefined && !INSTANCE_TYPE.test(instanceType)) return { code: 'InvalidInstanceType.ValueNotSupported' };
  const alias = str('ImageOwnerAlias');
  // Our reading: both need ImageOwnerAlias=others explicitly (the default query is not "shared images only").
  if (v.bool('IsPublic') === true && alias !== 'others') return { code: 'InvalidImageOwnerAlias.PublicImageUnsupported' };
  const ownerId = values['ImageOwnerId'];
  if (ownerId !== undefined && alias !== 'others') return { code: 'InvalidOperation.ImageOwnerIdUnsupported' };

  const statuses = status === undefined ? ['Available'] : status === 'ALL' ? undefined : csv(status);
  const ids = str('ImageId') === undefined ? undefined : csv(str('ImageId')!);
  const name = str('ImageName')?.toLowerCase();
  const from = filters.find((f) => f.Key === 'CreationStartTime')?.Value;
  const to = filters.find((f) => f.Key === 'CreationEndTime')?.Value;
  const checks: ImageMatcher[] = [
    (x, now) => !statuses || statuses.includes(ecsImageStatus(x.image, now)),
    // No alias: system + self + others. The model has no system, marketplace or community images.
    (x) => (alias === undefined ? true : alias === x.alias) && v.bool('IsPublic') !== true,
    (x) => ownerId === undefined || x.ownerId === String(ownerId),
    (x) => !ids || ids.includes(x.image.ImageId),
    // "Fuzzy match": our reading is a case-insensitive substring.
    (x) => name === undefined || x.image.ImageName.toLowerCase().includes(name),
    (x) => str('ImageFamily') === undefined || x.image.ImageFamily === str('ImageFamily'),
    (x) => str('Usage') === undefined || (str('Usage') === 'instance') === (x.alias === 'self' && x.image.usedByInstance),
    (x) => str('OSType') === undefined || osTypeOf(x.image.Platform) === str('OSType'),
    (x) => str('Architecture') === undefined || x.image.Architecture === str('Architecture'),
    (x) => str('SnapshotId') === undefined || ecsImageDisks(x.image).some((d) => d.SnapshotId === str('SnapshotId')),
    (x) => str('ResourceGroupId') === undefined || (x.image.ResourceGroupId ?? '') === str('ResourceGroupId'),
    // Every model image supports I/O optimised instances and cloud-init.
    () => v.bool('IsSupportIoOptimized') !== false && v.bool('IsSupportCloudinit') !== false,
    (x) => !tags?.length || (x.alias === 'self' && matchTags(x.image.Tags, tags)),
    (x) => from === undefined || Date.parse(x.image.CreationTime) >= Date.parse(from),
    (x) => to === undefined || Date.parse(x.image.CreationTime) <= Date.parse(to),
  ];
  return { matches: (x, now) => checks.every((c) => c(x, now)) };
}
