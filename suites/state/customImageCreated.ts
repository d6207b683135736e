import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { customImages } from '../support/customImages.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { settled } from '../support/settled.js';

const LISTED = 'swas.CreateCustomImage.state.ImageListed';
const DATA = 'swas.CreateCustomImage.state.DataSnapshotIncluded';
const TAGS = 'swas.CreateCustomImage.state.TagsApplied';

const TAG_PAIRS = [{ Key: 'acs-conformance-a', Value: 'one' }, { Key: 'acs-conformance-b', Value: 'two' }];
const show = (tags: unknown) => (Array.isArray(tags) ? (tags as { Key: string; Value: string }[]).map((x) => `${x.Key}=${x.Value}`).sort().join(',') : '');

/** A created custom image is listed as requested (name, server, snapshots, tags) and becomes available (Status "1"). */
export function customImageCreated(c: Conformance): void {
  c.rule([LISTED, DATA, TAGS], async (t) => {
    const servers = await t.fx.usableServers();
    const server = servers.find((s) => s.dataDiskIds.length) ?? servers[0];
    const system = server && (await t.fx.snapshot(server, 'system'));
    if (!server || !system) return [LISTED, DATA, TAGS].forEach((id) => t.skip(id, 'the main account has no usable server with a system snapshot'));
    const data = server.dataDiskIds.length ? await t.fx.snapshot(server, 'data') : undefined;
    if (!data) t.skip(DATA, 'no usable server of the main account has a data disk with a snapshot');
    const name = t.name('created');
    const r = await t.call('swas', 'CreateCustomImage', { InstanceId: server.InstanceId, SystemSnapshotId: system, ImageName: name, Tag: TAG_PAIRS, ...(data && { DataSnapshotId: data }) });
    const id = r.status === 200 && typeof r.body?.['ImageId'] === 'string' ? r.body['ImageId'] : undefined;
    try {
      if (!id) return [LISTED, DATA, TAGS].forEach((rule) => t.unknown(rule, `CreateCustomImage failed (${answerOf(r)})`));
      const [item] = await customImages(t, [id]);
      const wrong = Object.entries({ Name: name, InstanceId: server.InstanceId, SystemSnapshotId: system })
        .filter(([k, v]) => item?.[k] !== v).map(([k]) => `${k} ${JSON.stringify(item?.[k])}`);
      const ready = await settled(t, () => customImages(t, [id]), (items) => items[0]?.['Status'] === '1');
      if (item && !wrong.length && !ready.ok) t.unknown(LISTED, `listed as requested, but Status ${String(ready.value[0]?.['Status'])} after the settle timeout`);
      else t.check(LISTED, !!item && !wrong.length, 'ListCustomImages(ImageIds=[id]) lists it with the Name, InstanceId and SystemSnapshotId sent; Status reaches "1"', item ? wrong.join('; ') : 'not listed');
      if (data) t.check(DATA, item?.['DataSnapshotId'] === data, `DataSnapshotId ${data}`, `DataSnapshotId ${JSON.stringify(item?.['DataSnapshotId'])}`);
      t.check(TAGS, show(item?.['Tags']) === show(TAG_PAIRS), `Tags exactly ${show(TAG_PAIRS)}`, `Tags ${show(item?.['Tags']) || 'none'}`);
    } finally {
      if (id) await dropCustomImages(t, [id]);
    }
  }, CREATES_RESOURCES);
}
