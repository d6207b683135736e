import type { CallResult } from '../client/Client.js';
import type { RuleTest } from '../conformance/RuleTest.js';

export type ResourceKind = 'swas.CustomImage' | 'swas.Snapshot' | 'ecs.Image';

const code = (r: CallResult) => String(r.body?.['Code'] ?? '');
const gone = (r: CallResult) => r.status === 200 || code(r).endsWith('NotFound');
const listOf = (r: CallResult, key: string) => (Array.isArray(r.body?.[key]) ? (r.body[key] as Record<string, unknown>[]) : []);

/** Waits until a resource is ready to be deleted (a target may refuse to delete one still being made). */
async function settle(t: RuleTest, kind: ResourceKind, id: string): Promise<void> {
  if (kind === 'swas.CustomImage') {
    await t.until(() => t.call('swas', 'ListCustomImages', { ImageIds: JSON.stringify([id]) }), (r) => listOf(r, 'CustomImages')[0]?.['Status'] !== '4');
  } else if (kind === 'swas.Snapshot') {
    await t.until(() => t.call('swas', 'ListSnapshots', { SnapshotIds: JSON.stringify([id]) }), (r) => listOf(r, 'Snapshots')[0]?.['Status'] !== 'Progressing');
  } else {
    await t.until(() => t.call('ecs', 'DescribeImages', { ImageId: id, Status: 'Creating,Available', ImageOwnerAlias: 'self' }),
      (r) => ((r.body?.['Images'] as { Image?: { Status: string }[] } | undefined)?.Image ?? [])[0]?.Status !== 'Creating');
  }
}

/** Removes what keeps a resource from being deleted: the ECS shares of an image, the share of a SWAS image to ECS. */
async function unshare(t: RuleTest, kind: ResourceKind, id: string): Promise<void> {
  if (kind === 'swas.CustomImage') {
    await t.call('swas', 'ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' });
  } else if (kind === 'ecs.Image') {
    const shares = await t.call('ecs', 'DescribeImageSharePermission', { ImageId: id, PageSize: 100 });
    const accounts = ((shares.body?.['Accounts'] as { Account?: { AliyunId: string }[] } | undefined)?.Account ?? []).map((a) => a.AliyunId);
    for (let i = 0; i < accounts.length; i += 10) await t.call('ecs', 'ModifyImageSharePermission', { ImageId: id, RemoveAccount: accounts.slice(i, i + 10) });
  }
}

function remove(t: RuleTest, kind: ResourceKind, id: string): Promise<CallResult> {
  if (kind === 'swas.CustomImage') return t.call('swas', 'DeleteCustomImages', { ImageIds: JSON.stringify([id]) });
  if (kind === 'swas.Snapshot') return t.call('swas', 'DeleteSnapshot', { SnapshotId: id });
  return t.call('ecs', 'DeleteImage', { ImageId: id, Force: true });
}

/**
 * Deletes a resource a probe or a base request made. A refusal because the resource is shared
 * unshares it and tries again; any other refusal waits until the resource is ready and tries once
 * more. A resource already gone counts as deleted; what is left, the run's cleanup deletes.
 */
export async function releaseResource(t: RuleTest, kind: ResourceKind, id: string): Promise<boolean> {
  let r = await remove(t, kind, id);
  if (gone(r)) return true;
  if (/InShare|UseShared/.test(code(r))) {
    await unshare(t, kind, id);
    r = await remove(t, kind, id);
    if (gone(r)) return true;
  }
  await settle(t, kind, id);
  return gone(await remove(t, kind, id));
}

/** The resource a successful create answered with, if the call was a create. */
export function createdBy(product: 'swas' | 'ecs', action: string, body: Record<string, unknown> | undefined): { kind: ResourceKind; id: string } | undefined {
  const id = (key: string) => (typeof body?.[key] === 'string' ? (body[key] as string) : undefined);
  if (product === 'swas' && action === 'CreateCustomImage' && id('ImageId')) return { kind: 'swas.CustomImage', id: id('ImageId')! };
  if (product === 'swas' && action === 'CreateSnapshot' && id('SnapshotId')) return { kind: 'swas.Snapshot', id: id('SnapshotId')! };
  if (product === 'ecs' && action === 'CreateImage' && id('ImageId')) return { kind: 'ecs.Image', id: id('ImageId')! };
  return undefined;
}
