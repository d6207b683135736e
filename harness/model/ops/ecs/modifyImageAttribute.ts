import { bootModeSupported } from '../../bootModeSupported.js';
import { ecsDryRun } from '../../ecsDryRun.js';
import { ecsImageStatus } from '../../ecsImageStatus.js';
import { inRegion } from '../../inRegion.js';
import type { Handler, OpContext } from '../../OpContext.js';
import { ok, type Outcome } from '../../outcome.js';
import { reachableEcsImage } from '../../ownEcsImage.js';
import { readValues } from '../../readValues.js';
import type { EcsImage } from '../../state.js';

const BOOT_MODES = ['BIOS', 'UEFI', 'UEFI-Preferred'];

/** The documented spelling of a BootMode value; bootmode-case-insensitive also maps case variants. */
const canonicalBootMode = (ctx: OpContext, raw: string) =>
  ctx.dev('bootmode-case-insensitive') ? BOOT_MODES.find((m) => m.toLowerCase() === raw.toLowerCase()) : BOOT_MODES.find((m) => m === raw);

/** The status transition Status asks for, or its documented refusal. */
function checkStatus(ctx: OpContext, image: EcsImage, wanted: string | undefined): Outcome | undefined {
  const current = ecsImageStatus(image, ctx.now);
  if (wanted === 'Deprecated') {
    if (image.shares.size > 0 && !ctx.dev('deprecate-shared-allowed')) return ctx.fail('ImageUseShared', 'ecs.state.DeprecateNeedsUnshare');
    if (current !== 'Available' && !ctx.dev('deprecate-any-status')) return ctx.fail('ImageStatus.NotAvailable', 'ecs.state.DeprecateNeedsAvailable');
  }
  if (wanted === 'Available' && current !== 'Deprecated' && !ctx.dev('restore-any-status')) {
    return ctx.fail('ImageStatus.NotDeprecated', 'ecs.state.RestoreNeedsDeprecated');
  }
  return undefined;
}

/**
 * ecs.ModifyImageAttribute: changes attributes of one of the caller's own images. Checks run in
 * the order image, creating, status, boot mode, ImdsSupport, name (the order is undocumented), and
 * nothing is changed unless all pass. Our readings: setting the BootMode the image already has is
 * no change, so instances do not block it; a name equal to the image's own name is no duplicate.
 */
export const modifyImageAttribute: Handler = (ctx, values) => {
  const v = readValues(values);
  const image = reachableEcsImage(ctx, v.str('ImageId'), 'recipient-modifies')?.image;
  if (!image) return ctx.fail('InvalidImageId.NotFound', 'ecs.ModifyImageAttribute.isolation.OwnerOnly', 'ecs.isolation.OtherRegionRefused');
  if (ecsImageStatus(image, ctx.now) === 'Creating' && !ctx.dev('creating-modifiable')) {
    return ctx.fail('InvalidStatus.ImageIsCreating', 'ecs.state.CreatingNotModifiable');
  }
  const name = v.str('ImageName') || undefined;
  const taken = name !== undefined && inRegion(ctx.account.ecsImages, ctx.regionId).list.some((i) => i !== image && i.ImageName === name);
  // attribute-half-applied: the new name is written before the other attributes are checked.
  if (name !== undefined && !taken && ctx.dev('attribute-half-applied')) image.ImageName = name;
  const status = v.str('Status');
  const statusError = checkStatus(ctx, image, status);
  if (statusError) return statusError;

  const rawBootMode = v.str('BootMode');
  const bootMode = rawBootMode === undefined ? undefined : canonicalBootMode(ctx, rawBootMode);
  if (rawBootMode !== undefined && (!bootMode || !bootModeSupported(image.Architecture, bootMode))) return ctx.fail('InvalidBootMode.NotSupport');
  if (bootMode !== undefined && bootMode !== image.BootMode && image.usedByInstance) return ctx.fail('OperationDeined.ImageUsingByInstance');

  const features = (values['Features'] ?? {}) as { ImdsSupport?: string; NvmeSupport?: string };
  if (features.ImdsSupport === 'v1' && image.ImdsSupport === 'v2' && !ctx.dev('imds-downgrade-allowed')) {
    return ctx.fail('InvalidOperation.FeaturesImdsSupportNotMatch', 'ecs.state.ImdsSupportOneWay');
  }
  if (taken) return ctx.fail('InvalidImageName.Duplicated');
  if (v.bool('DryRun') === true) return ecsDryRun(ctx);

  // Absent or empty ImageName / Description keep the current value (validation lets '' through for them).
  if (name !== undefined) image.ImageName = name;
  image.Description = v.str('Description') || image.Description;
  image.ImageFamily = v.str('ImageFamily') ?? image.ImageFamily;
  if (status === 'Available' && image.Status === 'Deprecated' && ctx.dev('restore-resets-imds')) image.ImdsSupport = 'v1';
  if (status === 'Available' || status === 'Deprecated') image.Status = status;
  image.BootMode = bootMode ?? image.BootMode;
  image.LicenseType = v.str('LicenseType') ?? image.LicenseType;
  image.ImdsSupport = features.ImdsSupport ?? image.ImdsSupport;
  image.NvmeSupport = features.NvmeSupport ?? image.NvmeSupport;

  const rules = ['ecs.ModifyImageAttribute.response.schema', 'ecs.ModifyImageAttribute.state.AttributesApplied', 'ecs.ModifyImageAttribute.state.OmittedKeepsValue'];
  if (status) rules.push('ecs.state.DeprecateAndRestore');
  if (features.ImdsSupport) rules.push('ecs.state.ImdsSupportOneWay');
  return ok({}, ...rules);
};
