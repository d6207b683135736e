import { describe } from 'vitest';
import { conformance, createdId, dropEcsImage, ErrorRules, probeRefusal, UNKNOWN_IDS, type ParamValue, type RuleTest } from '../harness/index.js';

// Documented error codes of ECS CreateImage, one scenario each. The image source is the profile's
// ECS snapshot (resources.ecs.snapshotId) or instance (resources.ecs.instanceId).
const c = conformance();
const e = new ErrorRules(c, ['ecs.CreateImage']);
const mutates = { mutates: true, timeout: c.isCloud ? 3_600_000 : 120_000 };
const rule = (code: string) => `ecs.CreateImage.error.${code}`;
type Params = Record<string, ParamValue>;
/** What a probe builds on: the profile's snapshot or instance, its snapshot alone (for DiskDeviceMapping), or nothing. */
type Base = 'source' | 'snapshot' | 'nothing';

const sourceOf = (t: RuleTest): Params | undefined => {
  const ecs = t.profile.resources?.ecs;
  return ecs?.snapshotId ? { SnapshotId: ecs.snapshotId } : ecs?.instanceId ? { InstanceId: ecs.instanceId } : undefined;
};
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `acsc-tag-${i + 1}`, Value: 'v' }));

/** Probes CreateImage with `params` over `base`, then deletes the image an accepted probe made. */
async function createProbe(t: RuleTest, ruleId: string, params: (snapshotId: string) => Params, base: Base = 'source'): Promise<void> {
  const snapshot = t.profile.resources?.ecs?.snapshotId;
  const source = base === 'source' ? sourceOf(t) : {};
  if (!source) return t.skip(ruleId, 'the profile names no ECS snapshot or instance (resources.ecs)');
  if (base === 'snapshot' && !snapshot) return t.skip(ruleId, 'the profile names no ECS snapshot (resources.ecs.snapshotId)');
  const r = await probeRefusal(t, ruleId, 'ecs', 'CreateImage', { ImageName: t.name('ecs'), ...source, ...params(snapshot ?? '') });
  await dropEcsImage(t, createdId(r));
}

describe('errors: ECS CreateImage', () => {
  const inputs: [string, (snapshotId: string) => Params, Base?][] = [
    ['InvalidImageName.Malformed', () => ({ ImageName: '1-acsc-leading-digit' })],
    ['InvalidDescription.Malformed', () => ({ Description: 'x' })],
    ['InvalidArchitecture.Malformed', () => ({ Architecture: 'riscv' })],
    ['InvalidPlatform.Malformed', () => ({ Platform: 'Plan9' })],
    ['InvalidImageFamily.Malformed', () => ({ ImageFamily: 'aliyun-acsc-family' })],
    ['InvalidBootMode.NotSupport', () => ({ Architecture: 'arm64', BootMode: 'BIOS' })],
    ['InvalidParameter.FeaturesImdsSupport', () => ({ Features: { ImdsSupport: 'v3' } })],
    ['InvalidResourceGroup.NotFound', () => ({ ResourceGroupId: UNKNOWN_IDS.resourceGroup })],
    ['Duplicate.TagKey', () => ({ Tag: [{ Key: 'acsc-twice', Value: '1' }, { Key: 'acsc-twice', Value: '2' }] })],
    ['InvalidTagKey.Malformed', () => ({ Tag: [{ Key: 'acs:acsc', Value: 'v' }] })],
    ['InvalidTagValue.Malformed', () => ({ Tag: [{ Key: 'acsc-key', Value: 'http://acsc' }] })],
    ['QuotaExceed.Tags', () => ({ Tag: tags(21) })],
    // DiskDeviceMapping outranks SnapshotId: these send the mapping alone.
    ['InvalidDevice.Malformed', (s) => ({ DiskDeviceMapping: [{ SnapshotId: s, Device: '/dev/sda' }] }), 'snapshot'],
    ['InvalidSize.ValueNotSupported', (s) => ({ DiskDeviceMapping: [{ SnapshotId: s, Size: 32769 }] }), 'snapshot'],
    ['InvalidDiskType.ValueNotSupported', (s) => ({ DiskDeviceMapping: [{ SnapshotId: s, DiskType: 'cache' }] }), 'snapshot'],
    ['InvalidDevice.InUse', (s) => ({
      DiskDeviceMapping: [{ SnapshotId: s, Device: '/dev/xvda' }, { Size: 20, Device: '/dev/xvdb' }, { Size: 20, Device: '/dev/xvdb' }],
    }), 'snapshot'],
    ['OperationDenied', (s) => ({ DiskDeviceMapping: [{ SnapshotId: s, DiskType: 'data' }] }), 'snapshot'],
    ['MissingParameter', () => ({}), 'nothing'],
    ['InvalidParameter.AllEmpty', () => ({ InstanceId: '', SnapshotId: '' }), 'nothing'],
    ['InvalidSnapshotId.NotFound', () => ({ SnapshotId: UNKNOWN_IDS.ecsSnapshot }), 'nothing'],
    ['InvalidInstanceId.NotFound', () => ({ InstanceId: UNKNOWN_IDS.ecsInstance }), 'nothing'],
  ];
  for (const [code, params, base] of inputs) e.rule(rule(code), (t) => createProbe(t, rule(code), params, base), mutates);

  e.rule(rule('InvalidImageName.Duplicated'), async (t) => {
    const name = t.name('ecs');
    const first = sourceOf(t) && await t.fx.ecsImage({ name });
    if (!first) return t.skip(rule('InvalidImageName.Duplicated'), 'could not create the first ECS image from the profile\'s source');
    await createProbe(t, rule('InvalidImageName.Duplicated'), () => ({ ImageName: name }));
    await dropEcsImage(t, first);
  }, mutates);

  // Both codes are documented for a ClientToken reused with other parameters: the one the target
  // answers is checked, its twin skipped. (InvalidParamter.Conflict is cloud-only.)
  for (const [code, twin] of [['IdempotenceParamNotMatch', 'InvalidParamter.Conflict'], ['InvalidParamter.Conflict', 'IdempotenceParamNotMatch']] as const) {
    e.rule(rule(code), async (t) => {
      const source = sourceOf(t);
      if (!source) return t.skip(rule(code), 'the profile names no ECS snapshot or instance (resources.ecs)');
      const ClientToken = t.name('token');
      const first = createdId(await t.call('ecs', 'CreateImage', { ...source, ClientToken, ImageName: t.name('ecs') }));
      if (!first) return t.unknown(rule(code), 'the first CreateImage with the token failed');
      const again = await t.call('ecs', 'CreateImage', { ...source, ClientToken, ImageName: t.name('ecs') }, { retry: false });
      if (again.body?.['Code'] === twin) t.skip(rule(code), `the target answers the twin code ${twin} for a token reused with other parameters`);
      else await t.expectAnswer(rule(code), again);
      for (const id of new Set([first, createdId(again)])) await dropEcsImage(t, id);
    }, mutates);
  }

  const Creating = rule('IncorrectDiskStatus.CreatingSnapshot');
  e.rule(Creating, async (t) => {
    const instance = t.profile.resources?.ecs?.instanceId;
    if (!instance) return t.skip(Creating, 'the profile names no ECS instance (resources.ecs.instanceId)');
    // The first image snapshots the instance's disks; the second call must meet that snapshot in progress.
    const first = createdId(await t.call('ecs', 'CreateImage', { InstanceId: instance, ImageName: t.name('ecs') }));
    if (!first) return t.skip(Creating, 'the first CreateImage from the instance failed');
    const second = await t.call('ecs', 'CreateImage', { InstanceId: instance, ImageName: t.name('ecs') }, { retry: false, pace: false });
    if (second.status !== 200) await t.expectAnswer(Creating, second);
    else t.unknown(Creating, 'the second CreateImage from the instance was accepted: the first image\'s snapshot was no longer in progress (timing), or the target keeps no such snapshot');
    for (const image of [first, createdId(second)]) await dropEcsImage(t, image);
  }, mutates);

  const BadInstance = rule('IncorrectInstanceStatus');
  e.rule(BadInstance, async (t) => {
    const instance = t.profile.resources?.ecs?.instanceInBadState;
    if (!instance) return t.skip(BadInstance, 'the profile names no ECS instance that is neither Running nor Stopped (resources.ecs.instanceInBadState)');
    await probeRefusal(t, BadInstance, 'ecs', 'CreateImage', { InstanceId: instance, ImageName: t.name('ecs') });
  }, mutates);

  const NotReady = rule('SnapshotNotReady');
  e.rule(NotReady, async (t) => {
    const snapshot = t.profile.resources?.ecs?.snapshotInProgress;
    if (!snapshot) return t.skip(NotReady, 'the profile names no ECS snapshot still being created (resources.ecs.snapshotInProgress)');
    await probeRefusal(t, NotReady, 'ecs', 'CreateImage', { SnapshotId: snapshot, ImageName: t.name('ecs') });
  }, mutates);

  e.rest();
});
