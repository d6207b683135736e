import type { ModelDeviation } from '../model/modelDeviations.js';

// Data table: the emulator's deviation catalogue. Each entry is a named, documented misbehaviour
// that `acs-conformance serve --deviation NAME` switches on, and the rule ids it breaks. The
// project's tests prove that a run against the emulator with the deviation reports a failure
// (or a warning, for an inferred rule) on at least one of those ids.

/** Misbehaviours that act on the wire, outside the reference model. */
export type WireDeviation =
  | 'status-quota-403' | 'status-notfound-400' | 'code-illegal-name' | 'code-operation-illegal'
  | 'envelope-no-hostid' | 'envelope-lowercase-keys' | 'envelope-no-recommend' | 'success-no-requestid'
  | 'signature-unchecked' | 'unknown-key-accepted' | 'nonce-unchecked' | 'timestamp-unchecked'
  | 'rate-limits-off' | 'throttle-wrong-code' | 'missing-param-500' | 'unknown-action-200'
  | 'peer-key-as-main';

/** Misbehaviours that switch off one parameter check of the spec. */
export type ValidationDeviation =
  | 'no-name-max-length' | 'no-name-min-length' | 'no-name-first-char' | 'no-name-charset'
  | 'no-ecs-name-prefix' | 'no-ecs-description-prefix' | 'no-tag-limit' | 'no-tag-key-prefix'
  | 'image-ids-limit-off' | 'imds-enum-unchecked' | 'license-type-unchecked';

export type DeviationName = ModelDeviation | WireDeviation | ValidationDeviation;

export interface Deviation {
  summary: string;
  /** Rule ids the misbehaviour breaks. */
  breaks: string[];
  /** Parameter rule ids whose checks the model skips. */
  skipChecks?: string[];
  /** Wire rewrites: answer this code with another status, or under another code. */
  statusFor?: Record<string, number>;
  codeFor?: Record<string, string>;
  /**
   * Only a sequence of calls (the stateful suite) or concurrent calls (the concurrency suite)
   * reveals it: the detection matrix checks that suite catches it.
   */
  revealedBy?: 'stateful' | 'concurrency';
}

const CCI = 'swas.CreateCustomImage';
const MIA = 'ecs.ModifyImageAttribute';
const MISP = 'ecs.ModifyImageSharePermission';
const refused = (op: string) => `${op}.state.RefusalChangesNothing`;
const skip = (summary: string, id: string, also: string[] = []): Deviation => ({ summary, breaks: [id, ...also], skipChecks: [id] });

export const DEVIATIONS: Record<DeviationName, Deviation> = {
  // Quotas and limits
  'quota-off-by-one': { summary: 'The custom-image quota lets one image too many in.', breaks: ['swas.quota.CustomImagesPerServer', 'swas.quota.CustomImagesMax', `${CCI}.error.CustomImageQuotaLimit`] },
  'quota-ignores-servers': { summary: 'The custom-image quota is 15 whatever the number of servers.', breaks: ['swas.quota.CustomImagesPerServer'] },
  'quota-ignores-cap': { summary: 'The custom-image quota is 3 x servers without the cap of 15.', breaks: ['swas.quota.CustomImagesMax'] },
  'snapshot-limit-off': { summary: 'A server can hold more than 3 snapshots.', breaks: ['swas.quota.SnapshotsPerServer', 'swas.CreateSnapshot.error.SnapshotLimitExceed'] },
  'share-limit-off': { summary: 'An image can be shared with more than 50 accounts.', breaks: ['ecs.quota.ShareAccountsPerImage', `${MISP}.error.QuotaExceed.ShareImageUser`] },
  'share-limit-off-by-one': { summary: 'The per-image share limit lets a 51st account in.', breaks: ['ecs.quota.ShareAccountsPerImage', `${MISP}.error.QuotaExceed.ShareImageUser`] },
  'share-extras-rejected': { summary: 'More than 10 accounts in one call is an error instead of the extras being ignored.', breaks: ['ecs.quota.AccountsPerCall', `${MISP}.param.AddAccount.maxItems`], skipChecks: [`${MISP}.param.AddAccount.maxItems`] },
  'share-extras-applied': { summary: 'Every account in one call is applied, not only the first 10.', breaks: ['ecs.quota.AccountsPerCall', `${MISP}.param.AddAccount.maxItems`], skipChecks: [`${MISP}.param.AddAccount.maxItems`] },
  'image-ids-limit-off': skip('DeleteCustomImages takes more than 15 ids.', 'swas.DeleteCustomImages.param.ImageIds.maxItems'),
  'no-tag-limit': skip('CreateCustomImage takes more than 20 tags.', `${CCI}.param.Tag.maxItems`),
  // Parameter validation at each boundary
  'no-name-max-length': skip('CreateCustomImage takes an ImageName longer than 128 characters.', `${CCI}.param.ImageName.maxLength`),
  'no-name-min-length': skip('CreateCustomImage takes a one-character ImageName.', `${CCI}.param.ImageName.minLength`),
  'no-name-first-char': skip('CreateCustomImage takes an ImageName starting with a hyphen or colon.', `${CCI}.param.ImageName.firstChar`),
  'no-name-charset': skip('CreateCustomImage takes an ImageName with characters outside letters, digits, : _ -.', `${CCI}.param.ImageName.charset`),
  'no-ecs-name-prefix': skip('ModifyImageAttribute takes an ImageName starting with aliyun or acs:.', `${MIA}.param.ImageName.forbiddenPrefix`),
  'no-ecs-description-prefix': skip('ModifyImageAttribute takes a Description starting with http:// or https://.', `${MIA}.param.Description.forbiddenPrefix`),
  'no-tag-key-prefix': skip('CreateCustomImage takes a tag key starting with aliyun or acs:.', `${CCI}.param.Tag.Key.forbiddenPrefix`),
  'imds-enum-unchecked': skip('ModifyImageAttribute takes any Features.ImdsSupport value.', `${MIA}.param.Features.ImdsSupport.enum`),
  'license-type-unchecked': skip('ModifyImageAttribute takes any LicenseType.', `${MIA}.param.LicenseType.enum`),
  'operation-case-insensitive': { summary: "ModifyImageShareStatus accepts 'share' and 'unshare'.", breaks: ['swas.ModifyImageShareStatus.param.Operation.enum'], skipChecks: ['swas.ModifyImageShareStatus.param.Operation.enum'] },
  'bootmode-case-insensitive': { summary: "ModifyImageAttribute accepts 'uefi' or 'bios'.", breaks: [`${MIA}.param.BootMode.enum`], skipChecks: [`${MIA}.param.BootMode.enum`] },
  'image-ids-malformed-accepted': { summary: 'DeleteCustomImages takes a comma-separated ImageIds instead of a JSON array.', breaks: ['swas.DeleteCustomImages.param.ImageIds.jsonArray'], skipChecks: ['swas.DeleteCustomImages.param.ImageIds.jsonArray'] },
  // Errors: wrong status, wrong code, missing checks
  'status-quota-403': { summary: 'CustomImageQuotaLimit is answered with HTTP 403 instead of 400.', breaks: [`${CCI}.error.CustomImageQuotaLimit`, 'swas.quota.CustomImagesPerServer'], statusFor: { CustomImageQuotaLimit: 403 } },
  'status-notfound-400': { summary: 'InvalidImageId.NotFound is answered with HTTP 400 instead of 404.', breaks: ['swas.DeleteCustomImages.error.InvalidImageId.NotFound', 'swas.DeleteCustomImage.error.InvalidImageId.NotFound', 'swas.ModifyImageShareStatus.error.InvalidImageId.NotFound', `${MIA}.error.InvalidImageId.NotFound`, `${MISP}.error.InvalidImageId.NotFound`, 'ecs.DeleteImage.error.InvalidImageId.NotFound', 'ecs.DescribeImageSharePermission.error.InvalidImageId.NotFound'], statusFor: { 'InvalidImageId.NotFound': 400 } },
  'code-illegal-name': { summary: 'An illegal image name is answered with InvalidParameter instead of InvalidParam.IllegalImageName.', breaks: [`${CCI}.error.InvalidParam.IllegalImageName`, `${CCI}.param.ImageName.maxLength`], codeFor: { 'InvalidParam.IllegalImageName': 'InvalidParameter' } },
  'code-operation-illegal': { summary: 'A bad Operation is answered with InvalidParameter instead of InvalidParam.OperationIllegal.', breaks: ['swas.ModifyImageShareStatus.error.InvalidParam.OperationIllegal', 'swas.ModifyImageShareStatus.param.Operation.enum'], codeFor: { 'InvalidParam.OperationIllegal': 'InvalidParameter' } },
  'data-snapshot-unchecked': { summary: 'CreateCustomImage accepts an unknown DataSnapshotId.', breaks: [`${CCI}.error.InvalidParam.DataSnapshotIdNotFound`] },
  'system-snapshot-any-disk': { summary: 'CreateCustomImage accepts a data-disk snapshot as SystemSnapshotId.', breaks: [`${CCI}.error.InvalidParam.SystemSnapshotIdNotSupport`] },
  'share-to-self-allowed': { summary: "ModifyImageSharePermission shares an image with the caller's own account.", breaks: [`${MISP}.error.InvalidAccount.Forbbiden`] },
  'unknown-account-accepted': { summary: 'ModifyImageSharePermission shares an image with an account that does not exist.', breaks: [`${MISP}.error.InvalidAccount.NotFound`] },
  // State and transitions
  'delete-shared-allowed': { summary: 'A custom image shared to ECS can be deleted.', breaks: ['swas.state.ShareBeforeDelete', 'swas.state.ShareBeforeDeleteSingle', 'swas.DeleteCustomImages.error.CustomImageInShare', 'swas.DeleteCustomImage.error.CustomImageInShare'], revealedBy: 'stateful' },
  'in-share-stuck': { summary: 'ListCustomImages keeps InShare true after UnShare.', breaks: ['swas.ModifyImageShareStatus.state.InShareFlag'], revealedBy: 'stateful' },
  'share-not-in-ecs': { summary: 'A shared image does not appear in ECS DescribeImages.', breaks: ['swas.state.ShareVisibleInEcs'] },
  'unshare-keeps-ecs': { summary: 'An unshared image stays visible in ECS DescribeImages.', breaks: ['swas.state.UnshareRemovesFromEcs'] },
  'stale-list-after-delete': { summary: 'ListCustomImages keeps listing deleted images.', breaks: ['swas.state.DeletedGoneEverywhere', 'swas.DeleteCustomImages.state.ImagesGone', 'swas.DeleteCustomImage.state.ImageGone'], revealedBy: 'stateful' },
  // Only a sequence of calls shows these: each step alone answers as documented.
  'deleted-quota-leak': { summary: 'A deleted custom image keeps using its quota slot: after a delete at the quota edge the next create still fails.', breaks: ['swas.quota.DeleteFreesQuota'], revealedBy: 'stateful' },
  'reshare-flag-lost': { summary: 'InShare follows the first Share only: after UnShare, sharing again succeeds but ListCustomImages keeps InShare false.', breaks: ['swas.ModifyImageShareStatus.state.InShareFlag'], revealedBy: 'stateful' },
  'restore-resets-imds': { summary: 'Restoring a Deprecated image to Available resets Features.ImdsSupport from v2 to v1.', breaks: ['ecs.state.ImdsSupportOneWay'], revealedBy: 'stateful' },
  'deprecate-shared-allowed': { summary: 'An image shared with accounts can be deprecated.', breaks: ['ecs.state.DeprecateNeedsUnshare', `${MIA}.error.ImageUseShared`] },
  'deprecated-shareable': { summary: 'A deprecated image can be shared.', breaks: ['ecs.state.DeprecatedNotShareable', `${MISP}.error.OperationDenied.InvalidImageStatus`] },
  'imds-downgrade-allowed': { summary: 'Features.ImdsSupport can go from v2 back to v1.', breaks: ['ecs.state.ImdsSupportOneWay', `${MIA}.error.InvalidOperation.FeaturesImdsSupportNotMatch`] },
  'restore-any-status': { summary: 'Status=Available succeeds on an image that is not Deprecated.', breaks: ['ecs.state.RestoreNeedsDeprecated', `${MIA}.error.ImageStatus.NotDeprecated`] },
  'deprecate-any-status': { summary: 'Status=Deprecated succeeds on an image that is already Deprecated.', breaks: ['ecs.state.DeprecateNeedsAvailable', `${MIA}.error.ImageStatus.NotAvailable`] },
  'creating-modifiable': { summary: 'ModifyImageAttribute works on an image that is still being created.', breaks: ['ecs.state.CreatingNotModifiable', `${MIA}.error.InvalidStatus.ImageIsCreating`] },
  // Idempotence
  'client-token-ignored': { summary: 'ClientToken is ignored: a retried create creates a second image.', breaks: ['swas.idempotence.ClientTokenSameResult', 'ecs.CreateImage.idempotence.ClientToken'] },
  'client-token-mismatch-ignored': { summary: 'A ClientToken reused with other parameters returns the first result instead of an error.', breaks: ['swas.idempotence.ClientTokenMismatch', 'ecs.CreateImage.idempotence.ClientTokenMismatch'] },
  // Concurrency (check-then-act races)
  'race-quota': { summary: 'CreateCustomImage checks the quota and inserts in two steps, so concurrent creates exceed it.', breaks: ['swas.concurrency.QuotaUnderConcurrentCreates'], revealedBy: 'concurrency' },
  'race-name': { summary: 'CreateCustomImage checks name uniqueness and inserts in two steps, so concurrent creates share a name.', breaks: ['swas.concurrency.UniqueNameUnderConcurrentCreates'], revealedBy: 'concurrency' },
  'race-share-limit': { summary: 'AddAccount checks the 50-account limit and adds in two steps, so concurrent adds exceed it.', breaks: ['ecs.concurrency.ShareLimitUnderConcurrentAdds'], revealedBy: 'concurrency' },
  // Response shapes
  'total-count-number': { summary: 'ListCustomImages answers TotalCount, PageNumber and PageSize as numbers, not strings.', breaks: ['swas.ListCustomImages.response.schema', 'swas.ListCustomImages.response.PaginationStrings'] },
  'name-field-renamed': { summary: 'ListCustomImages items carry ImageName instead of Name.', breaks: ['swas.ListCustomImages.response.schema'] },
  // Envelope and protocol
  'envelope-no-hostid': { summary: 'Error answers lack HostId.', breaks: ['acs.protocol.ErrorEnvelope'] },
  'envelope-lowercase-keys': { summary: 'Error answers carry code and message instead of Code and Message.', breaks: ['acs.protocol.ErrorEnvelope'] },
  'envelope-no-recommend': { summary: 'Error answers lack Recommend.', breaks: ['acs.protocol.RecommendField'] },
  'success-no-requestid': { summary: 'Successful answers lack RequestId.', breaks: ['acs.protocol.RequestIdOnSuccess'] },
  'signature-unchecked': { summary: 'Requests with a wrong signature are accepted.', breaks: ['acs.protocol.BadSignature'] },
  'unknown-key-accepted': { summary: 'Requests signed with an unknown AccessKey are accepted (as the main account).', breaks: ['acs.protocol.UnknownAccessKey'] },
  'nonce-unchecked': { summary: 'A replayed signature nonce is accepted.', breaks: ['acs.protocol.NonceReused'] },
  'timestamp-unchecked': { summary: 'Requests dated far from the server clock are accepted.', breaks: ['acs.protocol.StaleTimestamp'] },
  'rate-limits-off': { summary: 'Documented rate limits are not enforced.', breaks: ['swas.CreateCustomImage.rate-limit.qps', 'swas.ModifyImageShareStatus.rate-limit.qps', `${MIA}.rate-limit.qps`] },
  'throttle-wrong-code': { summary: 'Throttled calls are answered 429 TooManyRequests, a code without Throttling.', breaks: ['acs.protocol.ThrottlingCode', 'swas.ModifyImageShareStatus.rate-limit.qps'], codeFor: { 'Throttling.User': 'TooManyRequests' }, statusFor: { 'Throttling.User': 429 } },
  'missing-param-500': { summary: 'A missing required parameter is answered 500 InternalError.', breaks: ['acs.protocol.MissingParameter', `${CCI}.param.ImageName.required`] },
  'unknown-action-200': { summary: 'An unknown action is answered 200 with an empty body.', breaks: ['acs.protocol.UnknownAction'] },
  // Isolation: who may see and do what (accounts, regions, keys)
  'recipient-modifies': { summary: 'An account an image is shared with can change its attributes (ModifyImageAttribute).', breaks: [`${MIA}.isolation.OwnerOnly`] },
  'recipient-reshares': { summary: "An account an image is shared with can change the image's share list (ModifyImageSharePermission).", breaks: [`${MISP}.isolation.OwnerOnly`] },
  'recipient-reads-shares': { summary: "An account an image is shared with can read the image's share list (DescribeImageSharePermission).", breaks: ['ecs.isolation.SharePermissionOwnerOnly'] },
  'cross-account-delete': { summary: "DeleteImage, DeleteCustomImage(s) and DeleteSnapshot delete another account's image or snapshot named by id (a recipient's DeleteImage deletes the shared image).", breaks: ['ecs.DeleteImage.isolation.OwnerOnly', 'swas.DeleteCustomImages.isolation.OwnerOnly', 'swas.DeleteCustomImage.isolation.OwnerOnly', 'swas.DeleteSnapshot.isolation.OwnerOnly'] },
  'cross-account-sources': { summary: "CreateCustomImage, CreateSnapshot and CreateImage build from another account's server, disk, snapshot or instance.", breaks: [`${CCI}.isolation.OwnerOnly`, 'swas.CreateSnapshot.isolation.OwnerOnly', 'ecs.CreateImage.isolation.OwnerOnly'] },
  'cross-account-share-status': { summary: "ModifyImageShareStatus shares another account's custom image to ECS.", breaks: ['swas.ModifyImageShareStatus.isolation.OwnerOnly'] },
  'lists-all-accounts': { summary: "ListCustomImages and ListSnapshots list every account's images and snapshots.", breaks: ['swas.isolation.OwnImagesOnly'] },
  'unshared-visible': { summary: "DescribeImages lists other accounts' images that are not shared with the caller (under others).", breaks: ['ecs.isolation.UnsharedInvisible'] },
  'shared-listed-as-own': { summary: 'DescribeImages lists an image shared with the caller under self, as if it were its own.', breaks: ['ecs.isolation.SharedUnderOthers'] },
  'revoked-share-visible': { summary: 'An account removed from a share list keeps seeing the image in DescribeImages.', breaks: ['ecs.isolation.RevokedShareInvisible'] },
  'alias-filter-ignored': { summary: 'DescribeImages ignores ImageOwnerAlias: own images show under others and system too.', breaks: ['ecs.isolation.OwnImagesUnderSelf', 'ecs.isolation.SharedUnderOthers'] },
  'in-share-user-follows-ecs': { summary: 'ListCustomImages reports InShareUser true (shared with other accounts) whenever the image is shared to ECS.', breaks: ['swas.isolation.InShareMatchesEcs'] },
  'ecs-share-visible-to-all': { summary: "A custom image shared to ECS shows in every account's DescribeImages, not its owner's only.", breaks: ['swas.isolation.EcsShareOwnerOnly'] },
  'ecs-share-all-regions': { summary: 'A custom image shared to ECS shows in DescribeImages of every region, not its own only.', breaks: ['swas.isolation.EcsShareInOwnRegion'] },
  'region-leak-swas': { summary: 'Custom images and snapshots are listed, shared and deleted through any RegionId.', breaks: ['swas.isolation.OtherRegionNotListed', 'swas.isolation.OtherRegionRefused'] },
  'region-leak-ecs': { summary: 'ECS images are listed, changed and deleted through any RegionId.', breaks: ['ecs.isolation.OtherRegionNotListed', 'ecs.isolation.OtherRegionRefused'] },
  'peer-key-as-main': { summary: "Requests correctly signed with the second account's key are served as the first account.", breaks: ['acs.isolation.KeyReachesItsAccount'] },
  'backing-snapshot-deletable': { summary: 'DeleteSnapshot deletes a snapshot a custom image was made from, while the image exists.', breaks: ['swas.state.ImageBeforeSnapshot'] },
  'refused-delete-drops-shares': { summary: 'A DeleteImage refused with ImageUseShared still removes the accounts the image was shared with.', breaks: ['ecs.state.SharedDeleteKeepsShares', refused('ecs.DeleteImage')] },
  // Response fields: presence, type and documented format
  'swas-time-format': { summary: 'ListCustomImages answers CreationTime as yyyy-MM-dd HH:mm:ss instead of yyyy-MM-ddTHH:mm:ssZ.', breaks: ['swas.ListCustomImages.response.TimeFormat'] },
  'ecs-time-format': { summary: 'DescribeImages answers CreationTime as yyyy-MM-dd HH:mm:ss instead of yyyy-MM-ddTHH:mm:ssZ.', breaks: ['ecs.DescribeImages.response.TimeFormat'] },
  'swas-item-fields-dropped': { summary: 'ListSnapshots items lack Progress and RegionId.', breaks: ['swas.ListSnapshots.response.Fields'] },
  'ecs-owner-id-string': { summary: 'DescribeImages answers ImageOwnerId as a string instead of an integer.', breaks: ['ecs.DescribeImages.response.Fields', 'ecs.DescribeImages.response.schema'] },
  'swas-image-id-shape': { summary: 'CreateCustomImage makes image ids cimg-... instead of the documented m-....', breaks: [`${CCI}.response.IdFormat`, 'swas.ListCustomImages.response.IdFormat'] },
  // Refusals with side effects: every answer is the documented one, the state behind it is not
  'quota-refusal-leaves-image': { summary: 'CreateCustomImage beyond the quota answers CustomImageQuotaLimit but keeps the image.', breaks: [refused(CCI), 'swas.quota.CustomImagesPerServer', 'swas.quota.CustomImagesMax'] },
  'batch-delete-partial': { summary: 'DeleteCustomImages refused for one id (unknown or shared) deletes the other images it names.', breaks: [refused('swas.DeleteCustomImages')] },
  'refused-delete-unshares': { summary: 'DeleteCustomImage of an image shared to ECS withdraws the share, then answers CustomImageInShare.', breaks: [refused('swas.DeleteCustomImage')] },
  'operation-refused-but-applied': { summary: "ModifyImageShareStatus carries out 'share' or 'unshare', then answers InvalidParam.OperationIllegal.", breaks: [refused('swas.ModifyImageShareStatus')], skipChecks: ['swas.ModifyImageShareStatus.param.Operation.enum'] },
  'snapshot-refusal-taken': { summary: 'CreateSnapshot beyond a snapshot limit (3 per server, or the account\'s) answers SnapshotLimitExceed, and the snapshot shows up a moment later all the same.', breaks: [refused('swas.CreateSnapshot')] },
  'duplicate-refusal-registers': { summary: 'ECS CreateImage with a name already used registers the image, then answers InvalidImageName.Duplicated.', breaks: [refused('ecs.CreateImage')] },
  'share-half-applied': { summary: 'ModifyImageSharePermission applies its accounts one by one and stops at the first refused one: the accounts before it stay added or removed.', breaks: [refused(MISP)] },
  'attribute-half-applied': { summary: 'ModifyImageAttribute renames the image before it checks the other attributes: a call refused for its status still renames.', breaks: [refused(MIA)] },
  // Retries with a ClientToken
  'token-mismatch-applied': { summary: 'A ClientToken reused with other parameters is refused with the mismatch error, but only after the call was carried out.', breaks: ['swas.idempotence.ClientTokenMismatch', refused(CCI), refused('swas.DeleteCustomImages'), refused('swas.ModifyImageShareStatus'), refused('ecs.CreateImage')] },
  'token-replay-reapplied': { summary: 'A call replayed with its ClientToken answers the first result but is carried out again: after the first one\'s resource was deleted or its share withdrawn, the replay creates or shares anew.', breaks: ['swas.ModifyImageShareStatus.idempotence.ReplayNotReapplied', 'swas.CreateCustomImage.idempotence.ReplayNotReapplied', 'swas.CreateSnapshot.idempotence.ReplayNotReapplied', 'ecs.CreateImage.idempotence.ReplayNotReapplied'] },
  // Paging: walking the pages of a list does not list every item once (one per list operation)
  'custom-images-pages-overlap': { summary: 'ListCustomImages pages after the first start one image early: neighbouring pages share an image and the last image is never listed.', breaks: ['swas.ListCustomImages.state.PagesPartition'] },
  'instances-total-of-page': { summary: 'ListInstances reports as TotalCount the number of servers on the page, not of all matches.', breaks: ['swas.ListInstances.state.TotalCountAgrees'] },
  'disks-past-end-repeats': { summary: 'ListDisks answers a page past the end with the last page again.', breaks: ['swas.ListDisks.state.PastLastPageEmpty'] },
  'snapshots-page-skips-item': { summary: 'ListSnapshots pages after the first start one snapshot late: the snapshot after each full page is never listed.', breaks: ['swas.ListSnapshots.state.PagesPartition'] },
  'ecs-images-page-from-zero': { summary: 'DescribeImages counts a given PageNumber from 0: PageNumber=1 answers the second page, so walking the pages never lists the first (without PageNumber the first page is right).', breaks: ['ecs.DescribeImages.state.PagesPartition'] },
  'share-accounts-page-size-ignored': { summary: 'DescribeImageSharePermission ignores PageSize and answers pages of 10 accounts.', breaks: ['ecs.DescribeImageSharePermission.state.PagesPartition', 'ecs.DescribeImageSharePermission.state.Paging'] },
  // Filters: a filtered list is not the unfiltered one reduced by the filter (one per filter kind)
  'disk-ids-first-only': { summary: 'ListDisks filters on the first id of DiskIds only.', breaks: ['swas.ListDisks.state.FilterAgrees.DiskIds'] },
  'disk-instance-filter-system-only': { summary: 'ListDisks with InstanceId lists only the system disk of the server, not its data disks.', breaks: ['swas.ListDisks.state.FilterAgrees.InstanceId'] },
  'image-names-prefix-match': { summary: 'ListCustomImages ImageNames also lists images whose name starts with one of the names.', breaks: ['swas.ListCustomImages.state.ImageNamesFilter'] },
  'share-filter-stale': { summary: 'ListCustomImages Share filters on whether an image was ever shared: an image shared and unshared again is listed under Share=true, not under Share=false.', breaks: ['swas.ListCustomImages.state.ShareFilter'] },
  'snapshot-tags-key-only': { summary: 'ListSnapshots matches a Tag filter on the key alone, whatever the value.', breaks: ['swas.ListSnapshots.state.FilterAgrees.Tag'] },
  'ecs-images-snapshot-filter-ignored': { summary: 'DescribeImages ignores SnapshotId.', breaks: ['ecs.DescribeImages.state.FilterAgrees.SnapshotId'] },
  'instances-status-filter-ignored': { summary: 'ListInstances ignores Status.', breaks: ['swas.ListInstances.state.FilterAgrees.Status'] },
  // Asynchronous creates done synchronously: no intermediate state to see
  'sync-custom-image': { summary: 'CreateCustomImage makes the image available at once: it is never listed as creating ("4").', breaks: ['swas.CreateCustomImage.state.SeenCreating'] },
  'sync-ecs-image': { summary: 'CreateImage makes the image Available at once: it is never listed as Creating.', breaks: ['ecs.CreateImage.state.SeenCreating'] },
  'sync-snapshot': { summary: 'CreateSnapshot makes the snapshot Accomplished at once: it is never listed as Progressing.', breaks: ['swas.CreateSnapshot.state.SeenProgressing'] },
};

/** The deviations a list of names switches on; an unknown name is reported, not ignored. */
export function resolveDeviations(names: readonly string[]): { active: Set<DeviationName>; unknown: string[] } {
  const active = new Set<DeviationName>();
  const unknown: string[] = [];
  for (const name of names) {
    if (Object.hasOwn(DEVIATIONS, name)) active.add(name as DeviationName);
    else unknown.push(name);
  }
  return { active, unknown };
}
