import { dropEcsImage, readEcsImage, watchRefusal, type CallResult, type Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { ecsSource } from '../support/ecsSource.js';
import { listOf } from '../support/listOf.js';

const SAME = 'ecs.CreateImage.idempotence.ClientToken';
const MISMATCH = 'ecs.CreateImage.idempotence.ClientTokenMismatch';
const REPLAY = 'ecs.CreateImage.idempotence.ReplayNotReapplied';
const ANY_STATUS = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';
const said = (x: { r: CallResult; id?: string | undefined }) => `${answerOf(x.r)}${x.id ? ` ${x.id}` : ''}`;

/**
 * ECS CreateImage with one ClientToken: the same parameters answer the same image, other
 * parameters are refused (and register nothing); after the image is deleted, the same call again
 * registers no new one.
 */
export function ecsImageToken(c: Conformance): void {
  c.rule([SAME, MISMATCH, REPLAY], async (t) => {
    const source = ecsSource(t);
    if (!source) {
      for (const id of [SAME, MISMATCH, REPLAY]) t.skip(id, 'the profile names no ECS snapshot or instance to create images from (resources.ecs)');
      return;
    }
    const ids: string[] = [];
    const paramsOf = (name: string, token: string) => ({ ...source, ImageName: name, ClientToken: token });
    const create = async (name: string, token: string) => {
      const r = await t.call('ecs', 'CreateImage', paramsOf(name, token), { retry: false });
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
      if (!first.id) {
        for (const id of [MISMATCH, REPLAY]) t.unknown(id, `the first create failed (${answerOf(first.r)})`);
        return;
      }
      const otherName = t.name('token');
      await t.expectAnswer(MISMATCH, (await watchRefusal(t, 'ecs', 'CreateImage', paramsOf(otherName, token), () => create(otherName, token))).r);

      // The image is deleted; the first call sent again with its token stands for that call.
      await t.until(() => readEcsImage(t, first.id!), (image) => image?.['Status'] !== 'Creating');
      await dropEcsImage(t, first.id);
      const replay = await create(name, token);
      const afterwards = await t.call('ecs', 'DescribeImages', { ImageName: name, ImageOwnerAlias: 'self', Status: ANY_STATUS, PageSize: 100 });
      const others = listOf(afterwards.body, 'Images', 'Image').filter((i) => i['ImageName'] === name && i['ImageId'] !== first.id).map((i) => String(i['ImageId']));
      t.check(REPLAY, others.length === 0, `after the image is deleted, the replay (token and parameters of the first create) registers no image named ${name}`,
        `replay ${said(replay)}; listed under that name: ${others.join(', ')}`);
    } finally {
      for (const id of ids) {
        await t.until(() => readEcsImage(t, id), (image) => image?.['Status'] !== 'Creating');
        await dropEcsImage(t, id);
      }
    }
  }, CREATES_RESOURCES);
}
