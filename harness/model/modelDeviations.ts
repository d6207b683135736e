/**
 * Misbehaviours the reference model itself can be switched into (the emulator's deviation
 * catalogue, harness/emulator/deviations.ts, describes each and names the rules it breaks; the
 * other entries of the catalogue act on the wire, outside the model).
 */
export const MODEL_DEVIATIONS = [
  'quota-off-by-one', // custom-image quota is min(3 x servers, 15) + 1
  'quota-ignores-servers', // quota is 15 whatever the number of servers
  'quota-ignores-cap', // quota is 3 x servers, without the cap of 15
  'race-quota', // CreateCustomImage checks the quota, yields, then inserts without re-checking
  'race-name', // CreateCustomImage checks name uniqueness, yields, then inserts without re-checking
  'delete-shared-allowed', // DeleteCustomImage(s) deletes images shared to ECS
  'in-share-stuck', // ListCustomImages keeps InShare true after UnShare
  'share-not-in-ecs', // Share does not make the image visible through DescribeImages
  'unshare-keeps-ecs', // UnShare leaves the image visible through DescribeImages
  'stale-list-after-delete', // ListCustomImages keeps listing deleted images
  'deleted-quota-leak', // a deleted custom image keeps using its quota slot
  'reshare-flag-lost', // InShare follows the first Share only: after UnShare, a new Share leaves it false
  'restore-resets-imds', // restoring a Deprecated image resets Features.ImdsSupport to v1
  'client-token-ignored', // ClientToken is ignored: a retried create creates again
  'client-token-mismatch-ignored', // same token with other parameters returns the first result
  'share-extras-rejected', // more than 10 AddAccount entries is an error instead of ignored
  'share-extras-applied', // every AddAccount entry is applied, not only the first 10
  'share-limit-off', // no 50-accounts-per-image limit
  'share-limit-off-by-one', // the limit lets a 51st account in
  'race-share-limit', // AddAccount checks the 50 limit, yields, then adds without re-checking
  'deprecate-shared-allowed', // a shared image can be deprecated
  'deprecated-shareable', // a deprecated image can be shared
  'imds-downgrade-allowed', // Features.ImdsSupport may go from v2 back to v1
  'restore-any-status', // Status=Available on an image that is not Deprecated succeeds
  'deprecate-any-status', // Status=Deprecated on an image that is not Available succeeds
  'creating-modifiable', // ModifyImageAttribute works on an image still Creating
  'data-snapshot-unchecked', // an unknown DataSnapshotId is accepted
  'system-snapshot-any-disk', // a data-disk snapshot is accepted as SystemSnapshotId
  'snapshot-limit-off', // no 3-snapshots-per-server limit
  'operation-case-insensitive', // ModifyImageShareStatus accepts 'share' / 'unshare'
  'bootmode-case-insensitive', // ModifyImageAttribute accepts 'uefi'
  'image-ids-malformed-accepted', // DeleteCustomImages takes a comma-separated list as well as JSON
  'total-count-number', // ListCustomImages answers TotalCount/PageNumber/PageSize as numbers
  'name-field-renamed', // ListCustomImages items carry ImageName instead of Name
  'share-to-self-allowed', // sharing an image with one's own account succeeds
  'unknown-account-accepted', // sharing with an account that does not exist succeeds
  // Isolation: who may see and do what (otherAccounts.ts, inRegion's anyRegion)
  'recipient-modifies', // ModifyImageAttribute changes an image another account shared with the caller
  'recipient-reshares', // ModifyImageSharePermission changes the share list of an image shared with the caller
  'recipient-reads-shares', // DescribeImageSharePermission answers for an image shared with the caller
  'cross-account-delete', // DeleteImage, DeleteCustomImage(s) and DeleteSnapshot delete another account's resource by id
  'cross-account-sources', // CreateCustomImage, CreateSnapshot and CreateImage build from another account's server, disk or snapshot
  'cross-account-share-status', // ModifyImageShareStatus shares or unshares another account's custom image
  'lists-all-accounts', // ListCustomImages and ListSnapshots list every account's images and snapshots
  'unshared-visible', // DescribeImages lists other accounts' unshared images under others
  'shared-listed-as-own', // DescribeImages lists images shared with the caller under self
  'revoked-share-visible', // an account removed from a share list keeps seeing the image
  'alias-filter-ignored', // DescribeImages ignores ImageOwnerAlias
  'in-share-user-follows-ecs', // ListCustomImages reports InShareUser true whenever the image is shared to ECS
  'ecs-share-visible-to-all', // a custom image shared to ECS shows in every account's DescribeImages
  'ecs-share-all-regions', // a custom image shared to ECS shows in DescribeImages of every region
  'region-leak-swas', // custom images and snapshots are listed and found through any RegionId
  'region-leak-ecs', // ECS images are listed and found through any RegionId
  'backing-snapshot-deletable', // DeleteSnapshot deletes a snapshot a custom image was made from
  'refused-delete-drops-shares', // a DeleteImage refused as shared still removes the share accounts
  // Response fields
  'swas-time-format', // ListCustomImages CreationTime as yyyy-MM-dd HH:mm:ss
  'ecs-time-format', // DescribeImages CreationTime as yyyy-MM-dd HH:mm:ss
  'swas-item-fields-dropped', // ListSnapshots items lack Progress and RegionId
  'ecs-owner-id-string', // DescribeImages ImageOwnerId as a string
  'swas-image-id-shape', // CreateCustomImage makes ids cimg-… instead of m-…
  // Refusals with side effects (each answer is as documented; the state behind it is not)
  'quota-refusal-leaves-image', // CreateCustomImage at the quota answers CustomImageQuotaLimit but keeps the image
  'batch-delete-partial', // DeleteCustomImages refused for one id deletes the other images it names
  'refused-delete-unshares', // DeleteCustomImage of a shared image unshares it, then answers CustomImageInShare
  'operation-refused-but-applied', // ModifyImageShareStatus applies 'share' / 'unshare' and then answers OperationIllegal
  'snapshot-refusal-taken', // CreateSnapshot at a snapshot limit answers SnapshotLimitExceed, and the snapshot shows up a moment later
  'duplicate-refusal-registers', // ECS CreateImage with a taken name registers the image, then answers InvalidImageName.Duplicated
  'share-half-applied', // ModifyImageSharePermission applies its accounts one by one and stops at the first refused one
  'attribute-half-applied', // ModifyImageAttribute renames the image before it checks the other attributes
  // Retries with a ClientToken
  'token-mismatch-applied', // a ClientToken reused with other parameters is refused, after the call was carried out
  'token-replay-reapplied', // a replayed ClientToken answers the first result but carries the call out again
  // Paging (listPage.ts): one misbehaviour per list operation
  'custom-images-pages-overlap', // ListCustomImages: pages after the first start one item early
  'instances-total-of-page', // ListInstances: TotalCount counts the items of the page only
  'disks-past-end-repeats', // ListDisks: a page past the end repeats the last page
  'snapshots-page-skips-item', // ListSnapshots: pages after the first start one item late, skipping one
  'ecs-images-page-from-zero', // DescribeImages: a given PageNumber counts from 0, so a walk never lists the first page
  'share-accounts-page-size-ignored', // DescribeImageSharePermission: pages of 10 whatever PageSize says
  // Filters: one misbehaviour per filter kind
  'disk-ids-first-only', // ListDisks: DiskIds keeps only the first id of the array
  'disk-instance-filter-system-only', // ListDisks: InstanceId lists the server's system disk only
  'image-names-prefix-match', // ListCustomImages: ImageNames also matches names that start with a given name
  'share-filter-stale', // ListCustomImages: Share looks at whether the image was ever shared
  'snapshot-tags-key-only', // ListSnapshots: a Tag filter matches on the key alone
  'ecs-images-snapshot-filter-ignored', // DescribeImages: SnapshotId is ignored
  'instances-status-filter-ignored', // ListInstances: Status is ignored
  // Synchronous creates: no intermediate state
  'sync-custom-image', // CreateCustomImage: the image is available ("1") at once
  'sync-ecs-image', // CreateImage: the image is Available at once
  'sync-snapshot', // CreateSnapshot: the snapshot is Accomplished at once
] as const;

export type ModelDeviation = (typeof MODEL_DEVIATIONS)[number];
