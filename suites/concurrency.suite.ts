import { describe } from 'vitest';
import {
  CallHistory, checkLinearizable, clientTokenModel, conformance, imageShareModel, quotaModel, seededRandom, shareSetModel,
  type Call, type CallResult, type RuleTest, type SeededRandom, type SequentialSpec,
} from '../harness/index.js';
import { dropCustomImages } from './support/dropCustomImages.js';
import { imageSource, type ImageSource } from './support/imageSource.js';
import { listOf } from './support/listOf.js';
import { totalCount } from './support/totalCount.js';

// Invariants under concurrent calls, in the style of quickcheck-state-machine: a sequential prefix
// brings a resource to its edge, then a few "processes" send their calls at once (one attempt
// each, unpaced, so that they really overlap) while every invocation and answer is timed. The
// history must be linearizable against a small sequential model of that resource, and the final
// state must keep the documented limit. The run's seed chooses the plans.
const c = conformance();
const RULE = {
  quota: 'swas.concurrency.QuotaUnderConcurrentCreates',
  name: 'swas.concurrency.UniqueNameUnderConcurrentCreates',
  share: 'swas.concurrency.DeleteRacingShare',
  limit: 'ecs.concurrency.ShareLimitUnderConcurrentAdds',
  token: 'swas.concurrency.ClientTokenUnderConcurrentCreates',
} as const;
const OPTIONS = { mutates: true, timeout: 900_000 };
const CHECK_BUDGET_MS = 10_000;
const call = (name: string, args: Record<string, unknown> = {}): Call => ({ name, args });

/** The random source of one rule: the same seed gives the same plans. */
function randomFor(ruleId: string): SeededRandom {
  let h = (c.config.seed ^ 0x811c9dc5) >>> 0;
  for (const ch of ruleId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return seededRandom(h);
}

/** Each process starts with one of `first` (so those overlap); `rest` goes to random processes. */
function spread(random: SeededRandom, first: readonly Call[], rest: readonly Call[]): Call[][] {
  const plans = first.map((f) => [f]);
  for (const r of random.shuffle(rest)) plans[random.int(0, plans.length - 1)]!.push(r);
  return plans;
}

/**
 * Gets ready for `processes` calls at once: waits out the documented rate windows of
 * `operations` (the parallel calls start in fresh ones), then opens one keep-alive connection
 * per process with harmless reads (answers ignored), so that no call of the burst waits for a
 * connection while another is already being served.
 */
async function readyForBurst(t: RuleTest, operations: string[], product: 'swas' | 'ecs', processes: number): Promise<void> {
  if (c.profile.rateLimits?.enforced !== false) {
    const windows = c.spec.operations.filter((o) => operations.includes(`${o.product}.${o.operation}`)).map((o) => (o.limits?.qps?.perSeconds ?? 0) * 1000 * c.timeScale);
    await t.waitOut(Math.max(0, ...windows) * 1.1 + 50);
  }
  const [action, params] = product === 'swas' ? ['ListInstances', { PageSize: 1 }] as const : ['DescribeImages', { PageSize: 1 }] as const;
  await Promise.all(Array.from({ length: processes }, () => t.call(product, action, params, { retry: false, pace: false })));
}

/** Records the linearizability verdict of a history (unknown when throttled or undecided). */
function judge<S>(t: RuleTest, ruleId: string, h: CallHistory, spec: SequentialSpec<S>, documented: string, from: number): void {
  if (h.throttled) return t.unknown(ruleId, `${h.throttled} of the concurrent calls were throttled: the history is indeterminate`);
  const r = checkLinearizable(h.operations, spec, { timeBudgetMs: CHECK_BUDGET_MS });
  if (r.verdict === 'unknown') return t.unknown(ruleId, `linearizability not decided: ${r.explanation ?? ''}`);
  const ok = r.verdict === 'linearizable';
  const short = (v: unknown) => { const text = JSON.stringify(v) ?? 'undefined'; return text.length > 60 ? `${text.slice(0, 59)}…` : text; };
  const answer = (id: number) => {
    const o = h.operations.find((x) => x.id === id)!;
    return `#${id} ${o.call.name}(${Object.values(o.call.args).map(short).join(', ')}) → ${short(o.result)}`;
  };
  const received = ok ? `linearizable, in the order ${(r.order ?? []).map(answer).join('; ')} (${h.unanswered} unanswered)` : r.explanation ?? 'not linearizable';
  t.check(ruleId, ok, documented, received, t.exchanges.slice(from, from + 40));
}

const createParams = (s: ImageSource, name: string, token?: string) =>
  ({ InstanceId: s.instanceId, SystemSnapshotId: s.snapshotId, ImageName: name, ...(token && { ClientToken: token }) });
const heldImages = async (t: RuleTest) => totalCount((await t.call('swas', 'ListCustomImages', { PageSize: 100 })).body);
const countByName = (name: string) => ({ ImageNames: JSON.stringify([name]), PageSize: 100 });
const count = (r: CallResult) => totalCount(r.body);

/** Deletes the custom images with these names (found by name: unanswered creates may have made some). */
async function dropByName(t: RuleTest, names: readonly string[]): Promise<void> {
  const ids: string[] = [];
  for (let i = 0; i < names.length; i += 100) {
    const r = await t.call('swas', 'ListCustomImages', { ImageNames: JSON.stringify(names.slice(i, i + 100)), PageSize: 100 });
    ids.push(...listOf(r.body, 'CustomImages').map((x) => String(x['ImageId'])));
  }
  await dropCustomImages(t, ids);
}

/** Deletes the ECS image after removing every account it is shared with. */
async function dropSharedEcsImage(t: RuleTest, imageId: string): Promise<void> {
  const shares = await t.call('ecs', 'DescribeImageSharePermission', { ImageId: imageId, PageSize: 100 });
  const accounts = listOf<{ AliyunId: string }>(shares.body, 'Accounts', 'Account').map((a) => a.AliyunId);
  for (let i = 0; i < accounts.length; i += 10) await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, RemoveAccount: accounts.slice(i, i + 10) });
  await t.call('ecs', 'DeleteImage', { ImageId: imageId });
}

/** Free custom-image slots and an image source, or why the test cannot run. */
async function room(t: RuleTest): Promise<{ quota: number; held: number; source: ImageSource } | string> {
  const quota = await t.fx.imageQuota();
  const source = await imageSource(t);
  if (!source) return 'no usable server with an Accomplished system snapshot';
  const held = await heldImages(t);
  return Number.isNaN(held) ? 'ListCustomImages gave no TotalCount' : { quota, held, source };
}

describe('concurrency', () => {
  c.rule(RULE.quota, async (t) => {
    const random = randomFor(RULE.quota);
    const r = await room(t);
    if (typeof r === 'string') return t.skip(RULE.quota, r);
    if (r.held >= r.quota) return t.skip(RULE.quota, `the account already holds ${r.held} of its ${r.quota} custom images`);
    const names: string[] = [];
    const named = (base: string) => { names.push(t.name(base)); return names.at(-1)!; };
    try {
      for (let i = r.held; i < r.quota - 1; i++) {
        const a = await t.call('swas', 'CreateCustomImage', createParams(r.source, named('fill')));
        if (a.status !== 200) return t.unknown(RULE.quota, `filling the quota up to ${r.quota - 1} failed: HTTP ${a.status} ${String(a.body?.['Code'])}`);
      }
      // Three or more creates at once at the edge: a check-then-act race lets at least two in.
      const processes = random.int(3, 5);
      const creates = Array.from({ length: random.int(processes, 8) }, () => call('create', { name: named('race') }));
      const plans = spread(random, creates.slice(0, processes), [...creates.slice(processes), ...Array.from({ length: random.int(0, 2) }, () => call('count'))]);
      await readyForBurst(t, ['swas.CreateCustomImage', 'swas.ListCustomImages'], 'swas', processes);
      const from = t.exchanges.length;
      const h = new CallHistory((...a) => t.call(...a));
      await h.parallel(plans, (p, op) => (op.name === 'create'
        ? h.send(p, op, 'swas', 'CreateCustomImage', createParams(r.source, String(op.args['name'])))
        : h.send(p, op, 'swas', 'ListCustomImages', { PageSize: 100 }, count)));
      const final = await h.send('after', call('count'), 'swas', 'ListCustomImages', { PageSize: 100 }, count);
      judge(t, RULE.quota, h, quotaModel({ limit: r.quota, others: r.quota - 1 }),
        `every answer explained by one order of the calls, under a quota of ${r.quota} images (${r.quota - 1} held before)`, from);
      if (typeof final === 'number') t.check(RULE.quota, final <= r.quota, `ListCustomImages lists at most ${r.quota} images`, `${final} listed`);
    } finally {
      await dropByName(t, names);
    }
  }, OPTIONS);

  c.rule(RULE.name, async (t) => {
    const random = randomFor(RULE.name);
    const r = await room(t);
    if (typeof r === 'string') return t.skip(RULE.name, r);
    const free = r.quota - r.held;
    // One slot more than names, so that the quota never decides an answer.
    const names = Array.from({ length: Math.min(random.int(1, 2), free - 1) }, () => t.name('same'));
    if (!names.length) return t.skip(RULE.name, `the account holds ${r.held} of its ${r.quota} custom images: no room`);
    try {
      // Each name goes first in two or three processes, so that its creates overlap.
      const processes = names.length * random.int(2, 3);
      const first = Array.from({ length: processes }, (_, p) => call('create', { name: names[p % names.length] }));
      const more = Array.from({ length: random.int(0, Math.max(0, Math.min(8, free) - processes)) }, () => call('create', { name: random.pick(names) }));
      const reads = Array.from({ length: random.int(0, 2) }, () => call('count', { name: random.pick(names) }));
      await readyForBurst(t, ['swas.CreateCustomImage', 'swas.ListCustomImages'], 'swas', processes);
      const from = t.exchanges.length;
      const h = new CallHistory((...a) => t.call(...a));
      await h.parallel(spread(random, first, [...more, ...reads]), (p, op) => (op.name === 'create'
        ? h.send(p, op, 'swas', 'CreateCustomImage', createParams(r.source, String(op.args['name'])))
        : h.send(p, op, 'swas', 'ListCustomImages', countByName(String(op.args['name'])), count)));
      const finals: unknown[] = [];
      for (const name of names) finals.push(await h.send('after', call('count', { name }), 'swas', 'ListCustomImages', countByName(name), count));
      judge(t, RULE.name, h, quotaModel({ limit: Number.POSITIVE_INFINITY, partitionByName: true }),
        'one create of each name succeeds, the others answer ImageNameAlreadyExist, in one order of the calls', from);
      if (finals.every((f) => typeof f === 'number')) {
        t.check(RULE.name, finals.every((f) => f === 1), 'ListCustomImages holds one image of each name', `${finals.join(', ')} images of ${names.join(', ')}`);
      }
    } finally {
      await dropByName(t, names);
    }
  }, OPTIONS);

  c.rule(RULE.share, async (t) => {
    const random = randomFor(RULE.share);
    const r = await room(t);
    if (typeof r === 'string') return t.skip(RULE.share, r);
    const n = Math.min(random.int(1, 3), r.quota - r.held);
    if (n < 1) return t.skip(RULE.share, `the account holds ${r.held} of its ${r.quota} custom images: no room`);
    const ids: string[] = [];
    try {
      for (let i = 0; i < n; i++) {
        const image = await t.fx.customImage();
        if (!image) return t.skip(RULE.share, 'no custom image could be created and made available');
        ids.push(image.imageId);
      }
      // Per image: one process shares (and may unshare after), another deletes; both go first in their plans.
      const processes = random.int(2, 3);
      const plans: Call[][] = Array.from({ length: processes }, () => []);
      for (const image of ids) {
        const sharer = random.int(0, processes - 1);
        plans[sharer]!.push(call('share', { image }), ...(random.next() < 0.5 ? [call('unshare', { image })] : []));
        plans[(sharer + random.int(1, processes - 1)) % processes]!.push(call('delete', { image }));
      }
      await readyForBurst(t, ['swas.ModifyImageShareStatus', 'swas.DeleteCustomImages'], 'swas', processes);
      const from = t.exchanges.length;
      const h = new CallHistory((...a) => t.call(...a));
      await h.parallel(plans, (p, op) => {
        const image = String(op.args['image']);
        if (op.name === 'delete') return h.send(p, op, 'swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([image]) });
        return h.send(p, op, 'swas', 'ModifyImageShareStatus', { ImageId: image, Operation: op.name === 'share' ? 'Share' : 'UnShare' });
      });
      judge(t, RULE.share, h, imageShareModel(), 'the answers of the deletes and shares of each image explained by one order (never both a delete and a share of a shared image)', from);
    } finally {
      await dropCustomImages(t, ids);
    }
  }, OPTIONS);

  c.rule(RULE.limit, async (t) => {
    const random = randomFor(RULE.limit);
    const accounts = c.profile.shareAccounts ?? [];
    if (accounts.length < 52) return t.skip(RULE.limit, `the profile lists ${accounts.length} share accounts; the test needs 52`);
    const imageId = await t.fx.ecsImage();
    if (!imageId) return t.skip(RULE.limit, 'no ECS image could be created from the profile resources');
    const list = (a: CallResult) => listOf<{ AliyunId: string }>(a.body, 'Accounts', 'Account').map((x) => x.AliyunId).sort();
    try {
      const initial = accounts.slice(0, 48);
      for (let i = 0; i < initial.length; i += 10) {
        const a = await t.call('ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: initial.slice(i, i + 10) });
        if (a.status !== 200) return t.unknown(RULE.limit, `sharing with the first 48 accounts failed: HTTP ${a.status} ${String(a.body?.['Code'])}`);
      }
      const extra = random.shuffle(accounts.slice(48)).slice(0, random.int(4, Math.min(10, accounts.length - 48)));
      // Four or more adds at once: two fit under the limit, the others must not.
      const processes = random.int(4, Math.min(6, extra.length));
      const adds = extra.map((a) => call('add', { accounts: [a] }));
      const plans = spread(random, adds.slice(0, processes), [...adds.slice(processes), ...Array.from({ length: random.int(0, 2) }, () => call('list'))]);
      await readyForBurst(t, [], 'ecs', processes);
      const from = t.exchanges.length;
      const h = new CallHistory((...a) => t.call(...a));
      const describeShares = { ImageId: imageId, PageSize: 100 };
      await h.parallel(plans, (p, op) => (op.name === 'add'
        ? h.send(p, op, 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: op.args['accounts'] as string[] })
        : h.send(p, op, 'ecs', 'DescribeImageSharePermission', describeShares, list)));
      const final = await h.send('after', call('list'), 'ecs', 'DescribeImageSharePermission', describeShares, list);
      judge(t, RULE.limit, h, shareSetModel({ limit: 50, initial }), 'every answer explained by one order of the calls, with at most 50 accounts per image', from);
      if (Array.isArray(final)) t.check(RULE.limit, final.length <= 50, 'DescribeImageSharePermission lists at most 50 accounts', `${final.length} listed`);
    } finally {
      await dropSharedEcsImage(t, imageId);
    }
  }, OPTIONS);

  c.rule(RULE.token, async (t) => {
    const random = randomFor(RULE.token);
    const r = await room(t);
    if (typeof r === 'string') return t.skip(RULE.token, r);
    const k = Math.min(random.int(1, 2), r.quota - r.held - 1);
    if (k < 1) return t.skip(RULE.token, `the account holds ${r.held} of its ${r.quota} custom images: no room`);
    const tokens = Array.from({ length: k }, () => {
      const name = t.name('token');
      return { name, token: `${name}-${random.int(0, 2 ** 30).toString(36)}` };
    });
    const nameOf = new Map(tokens.map((x) => [x.token, x.name]));
    try {
      const processes = k * random.int(2, 3);
      const first = Array.from({ length: processes }, (_, p) => call('create', { token: tokens[p % k]!.token }));
      const more = Array.from({ length: random.int(0, 8 - processes) }, () => call('create', { token: random.pick(tokens).token }));
      await readyForBurst(t, ['swas.CreateCustomImage', 'swas.ListCustomImages'], 'swas', processes);
      const from = t.exchanges.length;
      const h = new CallHistory((...a) => t.call(...a));
      const created = (a: CallResult) => ({ imageId: a.body?.['ImageId'] });
      await h.parallel(spread(random, first, more), (p, op) => {
        const token = String(op.args['token']);
        return h.send(p, op, 'swas', 'CreateCustomImage', createParams(r.source, nameOf.get(token)!, token), created);
      });
      const finals: unknown[] = [];
      for (const { name, token } of tokens) finals.push(await h.send('after', call('count', { token }), 'swas', 'ListCustomImages', countByName(name), count));
      judge(t, RULE.token, h, clientTokenModel(), 'one image per ClientToken, and every successful create answers its ImageId, in one order of the calls', from);
      if (finals.every((f) => typeof f === 'number')) {
        t.check(RULE.token, finals.every((f) => f === 1), 'ListCustomImages holds one image per ClientToken', `${finals.join(', ')} images of ${tokens.map((x) => x.name).join(', ')}`);
      }
    } finally {
      await dropByName(t, tokens.map((x) => x.name));
    }
  }, OPTIONS);
});
