import { dropEcsImage, readEcsImage, type Conformance, type ParamValue } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsSource } from '../support/ecsSource.js';

const RECORDED = 'ecs.CreateImage.state.AttributesRecorded';
const IMDS_DEFAULT = 'ecs.CreateImage.state.ImdsSupportDefault';
const PRIORITY = 'ecs.CreateImage.state.SourcePriority';
const ALL = [RECORDED, IMDS_DEFAULT, PRIORITY];

const pairs = (tags: unknown) => ((tags as { Tag?: { TagKey: string; TagValue: string }[] } | undefined)?.Tag ?? []).map((x) => `${x.TagKey}=${x.TagValue}`).sort().join(',');

/** What CreateImage records: the attributes it was given, ImdsSupport v1 for a snapshot image without Features, the instance over a snapshot. */
export function imageAttributes(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const ecs = t.profile.resources?.ecs;
    const source = ecsSource(t);
    if (!source) return ALL.forEach((id) => t.skip(id, 'the profile names no ECS snapshot or instance to create images from (resources.ecs)'));
    const made: string[] = [];
    const create = async (params: Record<string, ParamValue>) => {
      const r = await t.call('ecs', 'CreateImage', params);
      const id = r.status === 200 && typeof r.body?.['ImageId'] === 'string' ? r.body['ImageId'] : undefined;
      if (id) made.push(id);
      const image = id ? (await t.until(() => readEcsImage(t, id), (i) => i?.['Status'] === 'Available')) ?? await readEcsImage(t, id) : undefined;
      return { r, image };
    };
    try {
      const want = { ImageName: t.name('attrs'), Description: 'acs-conformance attributes', ImageFamily: t.name('family'), BootMode: 'UEFI' };
      const tags = [{ Key: 'acs-conformance-a', Value: 'one' }, { Key: 'acs-conformance-b', Value: 'two' }];
      const a = await create({ ...source, ...want, Features: { ImdsSupport: 'v2' }, Tag: tags });
      const got = a.image ?? {};
      const wrong = Object.entries(want).filter(([k, v]) => got[k] !== v).map(([k]) => `${k} ${JSON.stringify(got[k])}`);
      const imds = (got['Features'] as { ImdsSupport?: string } | undefined)?.ImdsSupport;
      if (imds !== 'v2') wrong.push(`Features.ImdsSupport ${String(imds)}`);
      if (pairs(got['Tags']) !== 'acs-conformance-a=one,acs-conformance-b=two') wrong.push(`Tags ${pairs(got['Tags']) || 'none'}`);
      t.check(RECORDED, a.image !== undefined && !wrong.length, 'DescribeImages shows the ImageName, Description, ImageFamily, BootMode, Features.ImdsSupport and tags sent',
        a.image ? wrong.join('; ') : `CreateImage ${answerOf(a.r)}, image not read`);

      if (!ecs?.snapshotId) t.skip(IMDS_DEFAULT, 'the profile names no ECS snapshot (resources.ecs.snapshotId)');
      else {
        const b = await create({ SnapshotId: ecs.snapshotId, ImageName: t.name('imds') });
        const v = (b.image?.['Features'] as { ImdsSupport?: string } | undefined)?.ImdsSupport;
        t.check(IMDS_DEFAULT, v === 'v1', 'an image of a snapshot created without Features has Features.ImdsSupport v1', b.image ? `ImdsSupport ${String(v)}` : `CreateImage ${answerOf(b.r)}`);
      }

      if (!ecs?.snapshotId || !ecs.instanceId) return t.skip(PRIORITY, 'the profile names no ECS instance and snapshot (resources.ecs) to give together');
      const p = await create({ InstanceId: ecs.instanceId, SnapshotId: ecs.snapshotId, ImageName: t.name('priority') });
      const disks = ((p.image?.['DiskDeviceMappings'] as { DiskDeviceMapping?: { SnapshotId: string; Type: string }[] } | undefined)?.DiskDeviceMapping ?? []);
      const system = disks.find((d) => d.Type === 'system') ?? disks[0];
      t.check(PRIORITY, system !== undefined && system.SnapshotId !== ecs.snapshotId,
        'with InstanceId and SnapshotId the image is built from the instance: its system disk maps a new snapshot, not the one given',
        p.image ? `system disk snapshot ${String(system?.SnapshotId)}` : `CreateImage ${answerOf(p.r)}`);
    } finally {
      for (const id of made) await dropEcsImage(t, id);
    }
  }, CREATES_RESOURCES);
}
