import { dropEcsImage, readEcsImage, type CallResult, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsSource } from '../support/ecsSource.js';
import { listOf } from '../support/listOf.js';

const SAME = 'ecs.CreateImage.idempotence.ClientToken';
const MISMATCH = 'ecs.CreateImage.idempotence.ClientTokenMismatch';
const said = (x: { r: CallResult; id?: string | undefined }) => `${answerOf(x.r)}${x.id ? ` ${x.id}` : ''}`;

/** ECS CreateImage with one ClientToken: the same parameters answer the same image, other parameters are refused. */
export function ecsImageToken(c: Conformance): void {
  c.rule([SAME, MISMATCH], async (t) => {
    const source = ecsSource(t);
    if (!source) {
      for (const id of [SAME, MISMATCH]) t.skip(id, 'the profile names no ECS snapshot or instance to create images from (resources.ecs)');
      return;
    }
    const ids: string[] = [];
    const create = async (name: string, token: string) => {
      const r = await t.call('ecs', 'CreateImage', { ...source, ImageName: name, ClientToken: token }, { retry: false });
      const id = r.status === 200 && typeof r.body?.['ImageId'] === 'string' ? r.body['ImageId'] : undefined;
      if (id && !ids.includes(id)) ids.push(id);
      return { r, id };
    };
    try {
      const token = clientToken();
      const name = t.name('token');
      const first = await create(name, token);
      const again = await create(name, token);
      const listed = await t.call('ecs', 'DescribeImages', { ImageName: name, ImageOwnerAlias: 'self', Status: 'Creating,Available', PageSize: 100 });
      const named = listOf(listed.body, 'Images', 'Image').filter((i) => i['ImageName'] === name);
      t.check(SAME, first.id !== undefined && first.id === again.id && named.length === 1,
        'both calls answer HTTP 200 with the same ImageId; DescribeImages lists one image of that name',
        `first ${said(first)}, again ${said(again)}; ${named.length} image(s) named ${name}`);
      if (!first.id) return t.unknown(MISMATCH, `the first create failed (${answerOf(first.r)})`);
      await t.expectAnswer(MISMATCH, (await create(t.name('token'), token)).r);
    } finally {
      for (const id of ids) {
        await t.until(() => readEcsImage(t, id), (image) => image?.['Status'] !== 'Creating');
        await dropEcsImage(t, id);
      }
    }
  }, CREATES_RESOURCES);
}
