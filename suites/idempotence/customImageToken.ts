import { watchRefusal, type CallResult, type Conformance } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { imageSource } from '../support/imageSource.js';
import { totalCount } from '../support/totalCount.js';

const SAME = 'swas.idempotence.ClientTokenSameResult';
const MISMATCH = 'swas.idempotence.ClientTokenMismatch';
const REPLAY = 'swas.CreateCustomImage.idempotence.ReplayNotReapplied';
const said = (x: { r: CallResult; id?: string | undefined }) => `${answerOf(x.r)}${x.id ? ` ${x.id}` : ''}`;

/**
 * CreateCustomImage with one ClientToken: the same parameters answer the same image, other
 * parameters IdempotentParameterMismatch (and create nothing); after the image is deleted, the
 * same call again creates no new one.
 */
export function customImageToken(c: Conformance): void {
  c.rule([SAME, MISMATCH, REPLAY], async (t) => {
    const source = await imageSource(t);
    if (!source) {
      for (const id of [SAME, MISMATCH, REPLAY]) t.skip(id, 'the main account has no usable server with a system snapshot');
      return;
    }
    const held = async () => totalCount((await t.call('swas', 'ListCustomImages', { PageSize: 1 })).body);
    const ids: string[] = [];
    const paramsOf = (name: string, token: string) => ({ InstanceId: source.instanceId, SystemSnapshotId: source.snapshotId, ImageName: name, ClientToken: token });
    const create = async (name: string, token: string) => {
      const r = await t.call('swas', 'CreateCustomImage', paramsOf(name, token), { retry: false });
      const id = r.status === 200 && typeof r.body?.['ImageId'] === 'string' ? r.body['ImageId'] : undefined;
      if (id) ids.push(id);
      return { r, id };
    };
    try {
      const token = clientToken();
      const name = t.name('token');
      const before = await held();
      const first = await create(name, token);
      const again = await create(name, token);
      const after = await held();
      t.check(SAME, first.id !== undefined && first.id === again.id && after === before + 1,
        'both calls answer HTTP 200 with the same ImageId; ListCustomImages holds one image more',
        `first ${said(first)}, again ${said(again)}; ${after - before} image(s) more`);
      if (!first.id) {
        for (const id of [MISMATCH, REPLAY]) t.unknown(id, `the first create failed (${answerOf(first.r)})`);
        return;
      }
      const otherName = t.name('token');
      const other = await watchRefusal(t, 'swas', 'CreateCustomImage', paramsOf(otherName, token), () => create(otherName, token));
      await t.expectAnswer(MISMATCH, other.r);
      const last = await held();
      t.check(MISMATCH, last === after, 'the refused call creates nothing', `${last - after} image(s) more`);

      // The image is deleted; the first call sent again with its token stands for that call.
      await dropCustomImages(t, [first.id]);
      const replay = await create(name, token);
      const named = listOf((await t.call('swas', 'ListCustomImages', { ImageNames: JSON.stringify([name]), PageSize: 100 })).body, 'CustomImages')
        .map((i) => String(i['ImageId'])).filter((id) => id !== first.id);
      t.check(REPLAY, named.length === 0, `after the image is deleted, the replay (token and parameters of the first create) creates no image named ${name}`,
        `replay ${said(replay)}; listed under that name: ${named.join(', ')}`);
    } finally {
      await dropCustomImages(t, ids);
    }
  }, CREATES_RESOURCES);
}
