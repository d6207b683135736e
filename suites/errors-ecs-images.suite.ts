import { describe } from 'vitest';
import { conformance, dropEcsImage, ErrorRules, probeRefusal, readEcsImage, shareEcsImage, UNKNOWN_IDS, type ParamValue, type RuleTest } from '../harness/index.js';

// Documented error codes of ECS ModifyImageAttribute and DeleteImage, on ECS images made from the
// profile's source and on the profile's image in use by instances (resources.ecs.imageInUse).
const c = conformance();
const e = new ErrorRules(c, ['ecs.ModifyImageAttribute', 'ecs.DeleteImage']);
const mutates = { mutates: true, timeout: c.isCloud ? 3_600_000 : 120_000 };
const modify = (code: string) => `ecs.ModifyImageAttribute.error.${code}`;
const remove = (code: string) => `ecs.DeleteImage.error.${code}`;
type Params = Record<string, ParamValue>;
const NO_SOURCE = 'could not create an ECS image from the profile\'s source (resources.ecs.snapshotId or instanceId)';
const NO_IMAGE_IN_USE = 'the profile names no image instances were created from (resources.ecs.imageInUse)';

/** Runs `fn` on a new Available ECS image, deleting it afterwards; without one, `ids` are unknown. */
async function withImage(t: RuleTest, ids: string[], fn: (imageId: string) => Promise<void>): Promise<void> {
  const imageId = await t.fx.ecsImage();
  if (!imageId) return ids.forEach((id) => t.skip(id, NO_SOURCE));
  try {
    await fn(imageId);
  } finally {
    await dropEcsImage(t, imageId);
  }
}

/** Why a scenario could not start: a gap of the profile (skip) or a refused precondition (unknown). */
type Blocked = { skip: string } | { unknown: string };

/** Registers a scenario: `before` (a change the target must accept), then the probe on the same new image. */
function afterChange(id: string, before: (t: RuleTest, imageId: string) => Promise<Blocked | undefined>, action: string, params: Params): void {
  e.rule(id, async (t) => withImage(t, [id], async (imageId) => {
    const blocked = await before(t, imageId);
    if (!blocked) await probeRefusal(t, id, 'ecs', action, { ImageId: imageId, ...params });
    else if ('skip' in blocked) t.skip(id, blocked.skip);
    else t.unknown(id, blocked.unknown);
  }), mutates);
}
const setting = (params: Params) => async (t: RuleTest, imageId: string): Promise<Blocked | undefined> => {
  const r = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, ...params });
  return r.status === 200 ? undefined : { unknown: `the target refused ${JSON.stringify(params)} (HTTP ${r.status} ${String(r.body?.['Code'])})` };
};
const sharing = async (t: RuleTest, imageId: string): Promise<Blocked | undefined> => {
  const account = t.profile.shareAccounts?.[0] ?? t.profile.peer?.accountId;
  if (!account) return { skip: 'the profile names no account to share with (shareAccounts or peer)' };
  return (await shareEcsImage(t, imageId, [account])) ? undefined : { unknown: `could not share the image with ${account}` };
};

describe('errors: ECS ModifyImageAttribute and DeleteImage', () => {
  // Malformed values, a missing RegionId and a taken name on one Available image: none may change it.
  const inputs: [string, Params][] = [
    ['InvalidImageName.Malformed', { ImageName: '1-acsc-leading-digit' }],
    ['InvalidDescription.Malformed', { Description: 'x' }],
    ['InvalidImageFamily.Malformed', { ImageFamily: 'aliyun-acsc-family' }],
    ['InvalidBootMode.NotSupport', { BootMode: 'Legacy' }],
    ['InvalidLicenseType.NotSupported', { LicenseType: 'Auto' }],
    ['InvalidParameter.FeaturesImdsSupport', { Features: { ImdsSupport: 'v3' } }],
    ['MissingParameter', { RegionId: undefined, Description: 'acsc description' }],
    ['ImageStatus.NotDeprecated', { Status: 'Available' }],
  ];
  const Duplicated = modify('InvalidImageName.Duplicated');
  const ids = [...inputs.map(([code]) => modify(code)), Duplicated];
  e.rule(ids, async (t) => withImage(t, ids, async (imageId) => {
    for (const [code, params] of inputs) await probeRefusal(t, modify(code), 'ecs', 'ModifyImageAttribute', { ImageId: imageId, ...params });
    const name = t.name('ecs');
    const other = await t.fx.ecsImage({ name });
    if (!other) return t.skip(Duplicated, NO_SOURCE);
    await probeRefusal(t, Duplicated, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, ImageName: name });
    await dropEcsImage(t, other);
  }), mutates);

  afterChange(modify('ImageStatus.NotAvailable'), setting({ Status: 'Deprecated' }), 'ModifyImageAttribute', { Status: 'Deprecated' });
  afterChange(modify('InvalidOperation.FeaturesImdsSupportNotMatch'), setting({ Features: { ImdsSupport: 'v2' } }),
    'ModifyImageAttribute', { Features: { ImdsSupport: 'v1' } });
  afterChange(modify('ImageUseShared'), sharing, 'ModifyImageAttribute', { Status: 'Deprecated' });
  afterChange(remove('ImageUseShared'), sharing, 'DeleteImage', {});

  const InUse = modify('OperationDeined.ImageUsingByInstance');
  e.rule(InUse, async (t) => {
    const imageId = t.profile.resources?.ecs?.imageInUse;
    if (!imageId) return t.skip(InUse, NO_IMAGE_IN_USE);
    const image = await readEcsImage(t, imageId);
    if (!image) return t.unknown(InUse, `DescribeImages does not list the profile's imageInUse ${imageId}`);
    // Another boot mode the image's architecture supports (arm64 has no BIOS); put back if accepted.
    const modes = image['Architecture'] === 'arm64' ? ['UEFI', 'UEFI-Preferred'] : ['BIOS', 'UEFI'];
    const r = await probeRefusal(t, InUse, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, BootMode: modes.find((m) => m !== image['BootMode']) ?? 'UEFI' });
    if (r.status === 200 && typeof image['BootMode'] === 'string') await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, BootMode: image['BootMode'] });
  }, mutates);

  const Creating = modify('InvalidStatus.ImageIsCreating');
  e.rule(Creating, async (t) => {
    const imageId = await t.fx.ecsImage({ wait: false });
    if (!imageId) return t.skip(Creating, NO_SOURCE);
    const r = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, Description: 'acsc while creating' }, { retry: false, pace: false });
    // An accepted call is a verdict only if the image was still Creating after it.
    if (r.status !== 200 || (await readEcsImage(t, imageId))?.['Status'] === 'Creating') await t.expectAnswer(Creating, r);
    else t.unknown(Creating, 'the image was Available before the call could meet it Creating (timing: the target creates images too fast)');
    await t.until(() => readEcsImage(t, imageId), (i) => i?.['Status'] !== 'Creating');
    await dropEcsImage(t, imageId);
  }, mutates);

  const Used = remove('ImageUsingByInstance');
  e.rule(Used, async (t) => {
    const imageId = t.profile.resources?.ecs?.imageInUse;
    if (!imageId) return t.skip(Used, NO_IMAGE_IN_USE);
    await probeRefusal(t, Used, 'ecs', 'DeleteImage', { ImageId: imageId });
  }, mutates);

  // Unknown ids change nothing: these run where mutations are not allowed too.
  const notFound: [string, string, Params][] = [
    [modify('InvalidImageId.NotFound'), 'ModifyImageAttribute', { ImageId: UNKNOWN_IDS.ecsImage, Description: 'acsc description' }],
    [remove('InvalidImageId.NotFound'), 'DeleteImage', { ImageId: UNKNOWN_IDS.ecsImage }],
  ];
  for (const [id, action, params] of notFound) e.rule(id, async (t) => void (await t.probe(id, 'ecs', action, params)));

  e.rest();
});
