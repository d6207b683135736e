import { watchRefusal, type CallResult, type RuleTest } from '../../harness/index.js';
import { imageSource } from '../support/imageSource.js';
import { totalCount } from '../support/totalCount.js';
import type { AccountQuota } from './accountQuotas.js';

export interface QuotaEdge {
  /** Ids of every image created (the caller deletes them). */
  created: string[];
  /** Whether the account was filled to its quota and the create beyond it judged. */
  atEdge: boolean;
  /** Creates one more image of the same source, recording its id in `created`. */
  create(): Promise<CallResult>;
}

const code = (r: CallResult) => String(r.body?.['Code'] ?? '');
const held = async (t: RuleTest, as: 'main' | 'peer') => totalCount((await t.call('swas', 'ListCustomImages', { PageSize: 1 }, { as })).body);

/**
 * Fills an account with custom images up to its documented quota, then sends one create more and
 * judges it, and the image count after it, against `ruleId`.
 */
export async function reachImageQuota(t: RuleTest, ruleId: string, account: AccountQuota): Promise<QuotaEdge> {
  const { as, quota, servers } = account;
  const created: string[] = [];
  const source = await imageSource(t, as);
  const paramsOf = (ImageName: string) => ({ InstanceId: source?.instanceId ?? '', SystemSnapshotId: source?.snapshotId ?? '', ImageName });
  const create = async (name = t.name('quota')) => {
    const r = await t.call('swas', 'CreateCustomImage', paramsOf(name), { as });
    if (r.status === 200 && typeof r.body?.['ImageId'] === 'string') created.push(r.body['ImageId']);
    return r;
  };
  const before = await held(t, as);
  if (!source || !(before < quota)) {
    t.skip(ruleId, source ? `the ${as} account already holds ${before} custom images (quota ${quota})` : `the ${as} account has no usable server with a system snapshot to make images from`);
    return { created, atEdge: false, create };
  }
  const why = `${servers} servers: min(3 x ${servers}, 15) = ${quota}`;
  for (let n = before + 1; n <= quota; n++) {
    const r = await create();
    if (r.status === 200) continue;
    if (code(r) === 'CustomImageQuotaLimit') t.check(ruleId, false, `image ${n} of ${quota} created (${why})`, `image ${n} refused with HTTP ${r.status} ${code(r)}`, [r.exchange]);
    else t.unknown(ruleId, `could not fill the quota: image ${n} of ${quota} answered HTTP ${r.status} ${code(r)}`);
    return { created, atEdge: false, create };
  }
  // The create beyond the quota is refused, and leaves no image behind (RefusalChangesNothing).
  const name = t.name('quota');
  const over = await watchRefusal(t, 'swas', 'CreateCustomImage', paramsOf(name), () => create(name), as);
  await t.expectAnswer(ruleId, over);
  await t.expectAnswer('swas.CreateCustomImage.error.CustomImageQuotaLimit', over);
  const after = await held(t, as);
  t.check(ruleId, after === quota, `the ${as} account holds ${quota} custom images after the create beyond the quota (${why})`, `it holds ${after}`);
  return { created, atEdge: true, create };
}
