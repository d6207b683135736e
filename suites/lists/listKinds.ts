import type { ParamValue } from '../../harness/index.js';
import { ANY_ECS_STATUS } from '../support/ecsImages.js';

// Data table: the six list operations the paging and filter checks walk, where their items are,
// what names an item, the query every call of a walk carries, and the paging rules of each.

export interface ListKind {
  product: 'swas' | 'ecs';
  action: string;
  /** Path of the item array in the answer body. */
  path: string[];
  /** The field that names an item. */
  id: string;
  /** What the items are, for evidence. */
  noun: string;
  /** Parameters every call of a walk carries (the unfiltered query). */
  base: Record<string, ParamValue>;
  partition: string;
  /** The rule TotalCount's agreement is judged under. */
  totalCount: string;
  pastEnd: string;
}

const swas = (action: string, key: string, id: string, noun: string): ListKind => ({
  product: 'swas', action, path: [key], id, noun, base: {},
  partition: `swas.${action}.state.PagesPartition`, totalCount: `swas.${action}.state.TotalCountAgrees`, pastEnd: `swas.${action}.state.PastLastPageEmpty`,
});

export const CUSTOM_IMAGES = swas('ListCustomImages', 'CustomImages', 'ImageId', 'custom images');
export const INSTANCES = swas('ListInstances', 'Instances', 'InstanceId', 'servers');
export const DISKS = swas('ListDisks', 'Disks', 'DiskId', 'disks');
export const SNAPSHOTS = swas('ListSnapshots', 'Snapshots', 'SnapshotId', 'snapshots');

/** The caller's own ECS images in every status (without ImageOwnerAlias the real cloud also lists its public images). */
export const ECS_IMAGES: ListKind = {
  product: 'ecs', action: 'DescribeImages', path: ['Images', 'Image'], id: 'ImageId', noun: 'own ECS images',
  base: { ImageOwnerAlias: 'self', Status: ANY_ECS_STATUS },
  partition: 'ecs.DescribeImages.state.PagesPartition', totalCount: 'ecs.DescribeImages.state.Paging', pastEnd: 'ecs.DescribeImages.state.PastLastPageEmpty',
};

/** The accounts one image is shared with; `base` gets the ImageId. */
export const shareAccounts = (imageId: string): ListKind => ({
  product: 'ecs', action: 'DescribeImageSharePermission', path: ['Accounts', 'Account'], id: 'AliyunId', noun: 'share accounts',
  base: { ImageId: imageId },
  partition: 'ecs.DescribeImageSharePermission.state.PagesPartition', totalCount: 'ecs.DescribeImageSharePermission.state.Paging',
  pastEnd: 'ecs.DescribeImageSharePermission.state.PastLastPageEmpty',
});
