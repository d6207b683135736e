import { inRegion } from '../../inRegion.js';
import { otherAccounts } from '../../otherAccounts.js';
import type { Handler } from '../../OpContext.js';
import { ok } from '../../outcome.js';
import { readValues } from '../../readValues.js';

/** The documented operations, exactly as spelled (capital S in UnShare). */
const OPERATIONS = ['Share', 'UnShare'] as const;

/**
 * swas.ModifyImageShareStatus: shares a custom image to ECS in the same region (Share) or
 * withdraws it (UnShare); ListCustomImages shows the result in InShare, ECS DescribeImages in
 * whether the image is found. Undocumented, our choices: sharing a shared image or unsharing an
 * unshared one succeeds without effect, and an image still being created can be shared.
 */
export const modifyImageShareStatus: Handler = (ctx, values) => {
  const v = readValues(values);
  const raw = v.str('Operation') ?? '';
  // Parameter validation already refuses other spellings; this holds when that check is off.
  const operation = ctx.dev('operation-case-insensitive')
    ? OPERATIONS.find((o) => o.toLowerCase() === raw.toLowerCase())
    : OPERATIONS.find((o) => o === raw);
  const image = inRegion(ctx.account.customImages, ctx.regionId, ctx.dev('region-leak-swas')).get(v.str('ImageId'))
    ?? otherAccounts(ctx, 'cross-account-share-status', (a) => a.customImages, v.str('ImageId'))?.item;
  if (!operation) {
    // operation-refused-but-applied: a case variant is carried out before it is found illegal.
    const loose = OPERATIONS.find((o) => o.toLowerCase() === raw.toLowerCase());
    if (loose && image && ctx.dev('operation-refused-but-applied')) image.InShare = loose === 'Share';
    return ctx.fail('InvalidParam.OperationIllegal');
  }
  if (!image) return ctx.fail('InvalidImageId.NotFound', 'swas.ModifyImageShareStatus.isolation.OwnerOnly', 'swas.isolation.OtherRegionRefused');
  if (operation === 'Share' && !image.InShare) image.shareCount = (image.shareCount ?? 0) + 1;
  image.InShare = operation === 'Share';
  if (image.InShare) image.everShared = true;
  return ok({}, 'swas.ModifyImageShareStatus.response.schema', 'swas.ModifyImageShareStatus.state.InShareFlag',
    operation === 'Share' ? 'swas.state.ShareVisibleInEcs' : 'swas.state.UnshareRemovesFromEcs');
};
