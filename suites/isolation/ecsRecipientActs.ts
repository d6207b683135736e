import { probeRefusal, readEcsImage, type CallResult, type RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { sharedWith } from '../support/sharedWith.js';

export const MODIFY = 'ecs.ModifyImageAttribute.isolation.OwnerOnly';
export const RESHARE = 'ecs.ModifyImageSharePermission.isolation.OwnerOnly';
export const DELETE = 'ecs.DeleteImage.isolation.OwnerOnly';
export const READ_SHARES = 'ecs.isolation.SharePermissionOwnerOnly';

const refusedOrIgnored = (r: CallResult) => (r.status >= 400 && r.status < 500) || r.status === 200;

/**
 * What the account an image is shared with tries on it, each followed by the owner's reading of
 * what it would change: reading the share list, renaming it, changing who it is shared with (adding
 * one of the profile's share accounts, removing itself), deleting it. Returns whether the image is
 * still the owner's and still shared with the peer, for the steps after.
 */
export async function recipientActs(t: RuleTest, imageId: string, peerId: string): Promise<boolean> {
  const shares = await sharedWith(t, imageId);
  await probeRefusal(t, READ_SHARES, 'ecs', 'DescribeImageSharePermission', { ImageId: imageId }, { as: 'peer' });
  t.check(READ_SHARES, shares.accounts.includes(peerId), "the owner's DescribeImageSharePermission names the peer", shares.accounts.join(', ') || 'no account');

  const before = await readEcsImage(t, imageId);
  await probeRefusal(t, MODIFY, 'ecs', 'ModifyImageAttribute', { ImageId: imageId, ImageName: t.name('recipient'), Description: 'changed by the account it is shared with' }, { as: 'peer' });
  const after = await readEcsImage(t, imageId);
  t.check(MODIFY, !!after && after['ImageName'] === before?.['ImageName'] && after['Description'] === before?.['Description'],
    'the owner still reads the old ImageName and Description', after ? `ImageName ${JSON.stringify(after['ImageName'])}, Description ${JSON.stringify(after['Description'])}` : 'the image is gone');

  const other = (t.profile.shareAccounts ?? []).find((a) => a !== peerId && a !== t.profile.accountId);
  if (other) await probeRefusal(t, RESHARE, 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, AddAccount: [other] }, { as: 'peer' });
  await probeRefusal(t, RESHARE, 'ecs', 'ModifyImageSharePermission', { ImageId: imageId, RemoveAccount: [peerId] }, { as: 'peer' });
  const list = await sharedWith(t, imageId);
  t.check(RESHARE, list.accounts.join() === peerId, "the owner's share list still names the peer only", list.accounts.join(', ') || 'no account');
  // A changed share list would be blamed on the delete below: it is not judged then.
  if (list.accounts.join() !== peerId) return false;

  const del = await t.call('ecs', 'DeleteImage', { ImageId: imageId }, { as: 'peer', retry: false });
  const kept = await readEcsImage(t, imageId);
  const still = kept ? (await sharedWith(t, imageId)).accounts : [];
  t.check(DELETE, refusedOrIgnored(del) && !!kept && still.includes(peerId), 'DeleteImage by the recipient is refused (4xx) or ignored (200), and the owner still lists the image, shared with the peer',
    `${answerOf(del)}; ${kept ? `still listed, shared with ${still.join(', ') || 'nobody'}` : 'the image is gone'}`, [del.exchange]);
  return !!kept && still.includes(peerId);
}
