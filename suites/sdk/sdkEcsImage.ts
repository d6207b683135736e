import { dropEcsImage, ecsModels as E, readEcsImage, UNKNOWN_IDS, type Conformance } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { sharedWith } from '../support/sharedWith.js';
import { officialPair } from './officialPair.js';
import { sdkRefusal } from './sdkRefusal.js';

const LISTED = 'ecs.ModifyImageSharePermission.state.AccountsListed';
const APPLIED = 'ecs.ModifyImageAttribute.state.AttributesApplied';
const IMDS = 'ecs.ModifyImageAttribute.error.InvalidOperation.FeaturesImdsSupportNotMatch';
const SELF = 'ecs.ModifyImageSharePermission.error.InvalidAccount.Forbbiden';
const MISSING = 'ecs.ModifyImageSharePermission.error.InvalidImageId.NotFound';
const ALL = [LISTED, APPLIED, IMDS, SELF, MISSING];

/** The official ECS client shares an image and changes its attributes (read back through DescribeImages…), and its errors carry the documented code and status. */
export function sdkEcsImage(c: Conformance): void {
  c.rule(ALL, async (t) => {
    const { ecs, regionId } = await officialPair(t);
    const account = t.profile.shareAccounts?.[0];
    if (!account) return ALL.forEach((id) => t.skip(id, 'the profile names no share account (shareAccounts)'));
    await sdkRefusal(t, MISSING, ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId, imageId: UNKNOWN_IDS.ecsImage, addAccount: [account] })));
    const imageId = await t.fx.ecsImage({ name: t.name('sdk') });
    if (!imageId) return [LISTED, APPLIED, IMDS, SELF].forEach((id) => t.skip(id, 'no ECS image could be created from the profile (resources.ecs) and become Available'));
    const permission = (params: { addAccount?: string[]; removeAccount?: string[] }) => ecs.modifyImageSharePermission(new E.ModifyImageSharePermissionRequest({ regionId, imageId, ...params }));
    const attribute = (params: { description?: string; imdsSupport?: string }) => ecs.modifyImageAttribute(new E.ModifyImageAttributeRequest({
      regionId, imageId, ...(params.description && { description: params.description }),
      ...(params.imdsSupport && { features: new E.ModifyImageAttributeRequestFeatures({ imdsSupport: params.imdsSupport }) }),
    }));
    try {
      await permission({ addAccount: [account] });
      const added = (await sharedWith(t, imageId)).accounts;
      await sdkRefusal(t, SELF, permission({ addAccount: [t.profile.accountId] }));
      await permission({ removeAccount: [account] });
      const removed = (await sharedWith(t, imageId)).accounts;
      t.check(LISTED, added.includes(account) && !removed.includes(account), 'the account the SDK added is listed, and no more once the SDK removed it',
        `listed after add: ${added.includes(account)}, after remove: ${removed.includes(account)}`);

      await attribute({ description: 'acs-conformance set by the SDK', imdsSupport: 'v2' });
      const image = await readEcsImage(t, imageId);
      const imds = (image?.['Features'] as { ImdsSupport?: string } | undefined)?.ImdsSupport;
      t.check(APPLIED, image?.['Description'] === 'acs-conformance set by the SDK' && imds === 'v2', 'DescribeImages shows the Description and Features.ImdsSupport the SDK sent',
        `Description ${JSON.stringify(image?.['Description'])}, ImdsSupport ${String(imds)}`);
      await sdkRefusal(t, IMDS, attribute({ imdsSupport: 'v1' }));
    } finally {
      await dropEcsImage(t, imageId);
    }
  }, CREATES_RESOURCES);
}
