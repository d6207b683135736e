import { createImageSource, type MappingEntry } from '../../createImageSource.js';
import { bootModeSupported } from '../../bootModeSupported.js';
import { defaultBootMode, ECS_IMAGE_DEFAULTS } from '../../ecsImageDefaults.js';
import { ecsDryRun } from '../../ecsDryRun.js';
import { inRegion } from '../../inRegion.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { readValues } from '../../readValues.js';
import { resourceGroupExists } from '../../resourceGroupExists.js';
import type { EcsImage } from '../../state.js';

const MAX_TAGS = 20;

/**
 * ecs.CreateImage: a custom image of an instance, of disk snapshots (DiskDeviceMapping) or of a
 * system-disk snapshot, Creating until `delays.imageMs` has passed, then Available. ClientToken
 * replay is the Model's. Checks run in the order tags, boot mode, resource group, source, name
 * (the order is undocumented). Our readings: an absent ImageName is stored empty and is never a
 * duplicate; Features.ImdsSupport defaults to v1 for every source (see ECS_IMAGE_DEFAULTS).
 */
export const createImage: Handler = (ctx, values) => {
  const v = readValues(values);
  const tags = (v.tags() ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
  if (new Set(tags.map((t) => t.Key)).size < tags.length) return ctx.fail('Duplicate.TagKey');
  // Validation refuses more than 20 tags first (no documented code); this holds when it is switched off.
  if (tags.length > MAX_TAGS) return ctx.fail('QuotaExceed.Tags');
  const architecture = v.str('Architecture') ?? ECS_IMAGE_DEFAULTS.Architecture;
  const bootMode = v.str('BootMode') ?? defaultBootMode(architecture);
  if (!bootModeSupported(architecture, bootMode)) return ctx.fail('InvalidBootMode.NotSupport');
  const group = v.str('ResourceGroupId') || undefined;
  if (group !== undefined && !resourceGroupExists(ctx.account, group)) return ctx.fail('InvalidResourceGroup.NotFound');

  const mapping = Array.isArray(values['DiskDeviceMapping']) ? (values['DiskDeviceMapping'] as MappingEntry[]) : undefined;
  const source = createImageSource(ctx, v.str('InstanceId'), mapping, v.str('SnapshotId'));
  if ('code' in source) return ctx.fail(source.code);
  const name = v.str('ImageName') ?? '';
  const duplicate = name !== '' && inRegion(ctx.account.ecsImages, ctx.regionId).list.some((i) => i.ImageName === name);
  if (duplicate && !ctx.dev('duplicate-refusal-registers')) return ctx.fail('InvalidImageName.Duplicated');
  if (v.bool('DryRun') === true) return ecsDryRun(ctx);

  const features = (values['Features'] ?? {}) as { ImdsSupport?: string };
  const system = source.disks[0]!;
  const image: EcsImage = {
    ImageId: ctx.newId('m-'), ImageName: name, Description: v.str('Description') ?? '', ImageFamily: v.str('ImageFamily') ?? '',
    Status: 'Available', readyAt: ctx.now + (ctx.dev('sync-ecs-image') ? 0 : ctx.delays.imageMs), BootMode: bootMode, LicenseType: ECS_IMAGE_DEFAULTS.LicenseType,
    ImdsSupport: features.ImdsSupport ?? ECS_IMAGE_DEFAULTS.ImdsSupport, NvmeSupport: ECS_IMAGE_DEFAULTS.NvmeSupport,
    Architecture: architecture, Size: system.Size, RegionId: ctx.regionId, CreationTime: ctx.iso(), SnapshotId: system.SnapshotId,
    shares: new Map(), usedByInstance: false, Tags: tags, Platform: v.str('Platform') ?? ECS_IMAGE_DEFAULTS.Platform,
    ImageVersion: v.str('ImageVersion') ?? '', ResourceGroupId: group ?? '', disks: source.disks,
  };
  ctx.account.ecsImages.set(image.ImageId, image);
  // duplicate-refusal-registers: the name check comes after the image was registered.
  if (duplicate) return ctx.fail('InvalidImageName.Duplicated');

  const rules = ['ecs.CreateImage.response.schema', 'ecs.CreateImage.state.CreatingToAvailable', 'ecs.CreateImage.state.AttributesRecorded'];
  const sources = [v.str('InstanceId'), mapping?.length ? 'mapping' : undefined, v.str('SnapshotId')].filter(Boolean).length;
  if (sources > 1) rules.push('ecs.CreateImage.state.SourcePriority');
  if (!features.ImdsSupport && source.kind !== 'instance') rules.push('ecs.CreateImage.state.ImdsSupportDefault');
  if (v.str('ClientToken')) rules.push('ecs.CreateImage.idempotence.ClientToken');
  return ok({ ImageId: image.ImageId }, ...rules);
};
