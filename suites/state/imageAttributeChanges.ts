import { dropEcsImage, readEcsImage, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';

const APPLIED = 'ecs.ModifyImageAttribute.state.AttributesApplied';
const KEPT = 'ecs.ModifyImageAttribute.state.OmittedKeepsValue';

const features = (image: Record<string, unknown> | undefined) => (image?.['Features'] ?? {}) as { ImdsSupport?: string; NvmeSupport?: string };

/** ModifyImageAttribute changes what it is given and keeps what it is not (an empty ImageName included). */
export function imageAttributeChanges(c: Conformance): void {
  c.rule([APPLIED, KEPT], async (t) => {
    const imageId = await t.fx.ecsImage({ name: t.name('modify') });
    if (!imageId) return [APPLIED, KEPT].forEach((id) => t.skip(id, 'no ECS image could be created from the profile (resources.ecs) and become Available'));
    try {
      const before = await readEcsImage(t, imageId);
      const want = { ImageName: t.name('renamed'), Description: 'acs-conformance described', ImageFamily: t.name('family'), BootMode: before?.['BootMode'] === 'UEFI' ? 'BIOS' : 'UEFI' };
      const r = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, ...want, Features: { ImdsSupport: 'v2', NvmeSupport: 'supported' } });
      const got = (await readEcsImage(t, imageId)) ?? {};
      const wrong = Object.entries(want).filter(([k, v]) => got[k] !== v).map(([k]) => `${k} ${JSON.stringify(got[k])}`);
      const f = features(got);
      if (f.ImdsSupport !== 'v2' || f.NvmeSupport !== 'supported') wrong.push(`Features ${JSON.stringify(f)}`);
      t.check(APPLIED, r.status === 200 && !wrong.length, 'HTTP 200; DescribeImages shows the ImageName, Description, ImageFamily, BootMode and Features sent',
        r.status !== 200 ? answerOf(r) : wrong.join('; '), [r.exchange]);

      const name = got['ImageName'];
      const r2 = await t.call('ecs', 'ModifyImageAttribute', { ImageId: imageId, ImageName: '', Description: 'acs-conformance described again' });
      const after = (await readEcsImage(t, imageId)) ?? {};
      t.check(KEPT, r2.status === 200 && after['ImageName'] === name && after['Description'] === 'acs-conformance described again',
        'ImageName="" with a new Description: the old ImageName stays, the Description changes',
        `${answerOf(r2)}; ImageName ${JSON.stringify(after['ImageName'])} (was ${JSON.stringify(name)}), Description ${JSON.stringify(after['Description'])}`, [r2.exchange]);
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
