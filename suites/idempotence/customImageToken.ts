import type { CallResult, Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { clientToken } from '../support/clientToken.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { dropCustomImages } from '../support/dropCustomImages.js';
import { imageSource } from '../support/imageSource.js';
import { totalCount } from '../support/totalCount.js';

const SAME = 'swas.idempotence.ClientTokenSameResult';
const MISMATCH = 'swas.idempotence.ClientTokenMismatch';
const said = (x: { r: CallResult; id?: string | undefined }) => `${answerOf(x.r)}${x.id ? ` ${x.id}` : ''}`;

/** CreateCustomImage with one ClientToken: the same parameters answer the same image, other parameters IdempotentParameterMismatch. */
export function customImageToken(c: Conformance): void {
  c.rule([SAME, MISMATCH], async (t) => {
    const source = await imageSource(t);
    if (!source) {
      for (const id of [SAME, MISMATCH]) t.skip(id, 'the main account has no usable server with a system snapshot');
      return;
    }
    const held = async () => totalCount((await t.call('swas', 'ListCustomImages', { PageSize: 1 })).body);
    const ids: string[] = [];
    const create = async (name: string, token: string) => {
      const r = await t.call('swas', 'CreateCustomImage', { InstanceId: source.instanceId, SystemSnapshotId: source.snapshotId, ImageName: name, ClientToken: token }, { retry: false });
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
      if (!first.id) return t.unknown(MISMATCH, `the first create failed (${answerOf(first.r)})`);
      const other = await create(t.name('token'), token);
      await t.expectAnswer(MISMATCH, other.r);
      const last = await held();
      t.check(MISMATCH, last === after, 'the refused call creates nothing', `${last - after} image(s) more`);
    } finally {
      await dropCustomImages(t, ids);
    }
  }, CREATES_RESOURCES);
}
