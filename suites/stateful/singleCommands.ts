import fc from 'fast-check';
import { burst, maybe, pick, weighted } from './commandArbitraries.js';
import { CreateCustomImageCommand } from './CreateCustomImageCommand.js';
import { CreateEcsImageCommand } from './CreateEcsImageCommand.js';
import { CreateSnapshotCommand } from './CreateSnapshotCommand.js';
import { DeleteCustomImageCommand } from './DeleteCustomImageCommand.js';
import { DeleteCustomImagesCommand } from './DeleteCustomImagesCommand.js';
import { DeleteEcsImageCommand } from './DeleteEcsImageCommand.js';
import { DeleteSnapshotCommand } from './DeleteSnapshotCommand.js';
import { DescribeEcsImageCommand, type DescribeAction } from './DescribeEcsImageCommand.js';
import { EcsSharePermissionCommand } from './EcsSharePermissionCommand.js';
import { ListCustomImagesCommand } from './ListCustomImagesCommand.js';
import { ListResourcesCommand, type ListAction } from './ListResourcesCommand.js';
import { ModifyEcsImageCommand } from './ModifyEcsImageCommand.js';
import { ShareStatusCommand } from './ShareStatusCommand.js';
import type { WorldCommand } from './WorldCommand.js';

/**
 * The commands generated one at a time, one per operation of the 16, with their weights, so runs
 * reach the error states often: creates come in bursts that fill the quota, names are reused,
 * shared and deleted ids are deleted again, deprecated and shared ECS images are modified, share
 * lists are filled to 50, snapshots are taken to the per-server limit. A data table.
 */
export function singleCommands(): [fc.Arbitrary<WorldCommand>, number][] {
  const create = fc.tuple(fc.nat(9), weighted([false, 5], [true, 1]), weighted([false, 5], [true, 1]),
    fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.nat(20), weight: 1 }), burst(3))
    .map(([server, any, foreign, reuse, count]) => new CreateCustomImageCommand(server, any, foreign, reuse, count));
  return [
    [create, 5],
    [fc.array(pick(4, 3, 2, 1), { minLength: 1, maxLength: 3 }).map((p) => new DeleteCustomImagesCommand(p)), 3],
    [pick(4, 3, 2, 1).map((p) => new DeleteCustomImageCommand(p)), 2],
    // UnShare mostly picks a shared image, Share mostly one that is not.
    [pick(8, 2, 1, 1).map((p) => new ShareStatusCommand(p, 'Share')), 4],
    [pick(1, 8, 1, 1).map((p) => new ShareStatusCommand(p, 'UnShare')), 3],
    [fc.constant(null).map(() => new ListCustomImagesCommand()), 1],
    [fc.tuple(weighted<ListAction>(['ListInstances', 1], ['ListDisks', 1], ['ListSnapshots', 2]), maybe(fc.nat(9)), maybe(weighted<'system' | 'data'>(['system', 1], ['data', 1])))
      .map(([action, server, type]) => new ListResourcesCommand(action, server, type)), 2],
    [fc.tuple(fc.nat(20), weighted([false, 9], [true, 1]), burst(2)).map(([disk, unknown, count]) => new CreateSnapshotCommand(disk, unknown, count)), 2],
    [pick(3, 0, 1, 1).map((p) => new DeleteSnapshotCommand(p)), 1],
    [fc.constant(null).map(() => new CreateEcsImageCommand()), 3],
    // Restores mostly pick a deprecated image, the other changes mostly a live one; v1 after v2 is the refused downgrade.
    [pick(6, 3, 1, 1).map((p) => new ModifyEcsImageCommand(p, { Status: 'Deprecated' })), 3],
    [pick(1, 1, 1, 1, 8).map((p) => new ModifyEcsImageCommand(p, { Status: 'Available' })), 3],
    [pick(6, 2, 1, 1).map((p) => new ModifyEcsImageCommand(p, { ImdsSupport: 'v2' })), 3],
    [pick(6, 2, 1, 1).map((p) => new ModifyEcsImageCommand(p, { ImdsSupport: 'v1' })), 1],
    [fc.tuple(pick(8, 1, 1, 1), fc.nat(2), weighted([false, 4], [true, 1])).map(([p, a, fill]) => new EcsSharePermissionCommand(p, 'AddAccount', a, fill)), 2],
    [fc.tuple(pick(1, 8, 1, 1), fc.nat(2)).map(([p, a]) => new EcsSharePermissionCommand(p, 'RemoveAccount', a)), 1],
    [pick(3, 3, 1, 1).map((p) => new DeleteEcsImageCommand(p)), 2],
    [fc.tuple(weighted<DescribeAction>(['DescribeImages', 1], ['DescribeImageSharePermission', 1]), pick(6, 1, 2, 1))
      .map(([action, p]) => new DescribeEcsImageCommand(action, p)), 2],
  ];
}
