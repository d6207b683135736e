import fc from 'fast-check';
import { newest, weighted } from './commandArbitraries.js';
import { CreateCustomImageCommand } from './CreateCustomImageCommand.js';
import { CreateEcsImageCommand } from './CreateEcsImageCommand.js';
import { CreateSnapshotCommand } from './CreateSnapshotCommand.js';
import { DeleteCustomImageCommand } from './DeleteCustomImageCommand.js';
import { DeleteCustomImagesCommand } from './DeleteCustomImagesCommand.js';
import { DeleteEcsImageCommand } from './DeleteEcsImageCommand.js';
import { DeleteSnapshotCommand } from './DeleteSnapshotCommand.js';
import { DescribeEcsImageCommand } from './DescribeEcsImageCommand.js';
import { droppable } from './droppable.js';
import { EcsSharePermissionCommand } from './EcsSharePermissionCommand.js';
import { Intention } from './Intention.js';
import { ListCustomImagesCommand } from './ListCustomImagesCommand.js';
import { ListResourcesCommand } from './ListResourcesCommand.js';
import { ModifyEcsImageCommand } from './ModifyEcsImageCommand.js';
import { ShareStatusCommand } from './ShareStatusCommand.js';
import { untilRefused } from './untilRefused.js';
import type { Pick, WorldCommand } from './WorldCommand.js';

/** An intention: its steps built from one draw of `params`, each step one shrinking may leave out. */
function intention<P>(name: string, params: fc.Arbitrary<P>, ...steps: ((p: P) => WorldCommand)[]): fc.Arbitrary<Intention> {
  return fc.tuple(params, fc.tuple(...steps.map(() => droppable(fc.constant(true)))))
    .map(([p, kept]) => new Intention(name, steps.map((step, i) => (kept[i] ? step(p) : null))));
}

/** A SWAS image deleted by either operation (DeleteCustomImages of one id, or DeleteCustomImage). */
const deleteSwas = (batch: boolean, p: Pick) => (batch ? new DeleteCustomImagesCommand([p]) : new DeleteCustomImageCommand(p));
const fresh = (server: number, count = 1) => new CreateCustomImageCommand(server, false, false, null, count);
/** A create named as the run's newest SWAS image (a deleted one's name is free again, a live one's is taken). */
const sameName = (server: number) => new CreateCustomImageCommand(server, false, false, -1, 1);
const swas = fc.record({ server: fc.nat(9), batch: fc.boolean() });
const ecs = fc.record({ account: fc.nat(2) });
const share = (p: Pick, account: number) => new EcsSharePermissionCommand(p, 'AddAccount', account);

/**
 * The intentions, with their weights: plans of steps that lead where bugs of sequences hide, each
 * step picking the newest resource of the kind the step before made (the image just created, just
 * shared, just deprecated). Shared then deleted and unshared; shared, unshared and shared again;
 * created then deleted and listed, its name taken again (twice); the quota filled, an image
 * deleted and another created; many created then listed in pages; the snapshots of a disk to
 * their limit, one deleted (twice), one more taken, then listed by server and disk type; an ECS
 * image with IMDS v2 deprecated (twice) and restored (twice), then set back to v1; deprecated then
 * shared; shared then deprecated and deleted, then deleted and read again; shared with every
 * account, then its share list read. A data table.
 */
export function intentions(): [fc.Arbitrary<Intention>, number][] {
  return [
    [intention('shareThenDelete', swas, ({ server }) => fresh(server), () => new ShareStatusCommand(newest('live'), 'Share'),
      ({ batch }) => deleteSwas(batch, newest('shared')), () => new ShareStatusCommand(newest('shared'), 'UnShare'),
      ({ batch }) => deleteSwas(!batch, newest('live'))), 4],
    [intention('shareUnshareShare', swas, ({ server }) => fresh(server), () => new ShareStatusCommand(newest('live'), 'Share'),
      () => new ShareStatusCommand(newest('shared'), 'UnShare'), () => new ShareStatusCommand(newest('live'), 'Share')), 4],
    [intention('createThenDelete', fc.record({ server: fc.nat(9), batch: fc.boolean(), count: fc.integer({ min: 1, max: 3 }) }),
      ({ server, count }) => fresh(server, count), ({ batch }) => deleteSwas(batch, newest('live')), () => new ListCustomImagesCommand(),
      ({ server }) => sameName(server), ({ server }) => sameName(server)), 3],
    [intention('quotaEdge', fc.record({ server: fc.nat(9), batch: fc.boolean(), fill: untilRefused() }), ({ server, fill }) => fresh(server, fill), ({ batch }) => deleteSwas(batch, newest('live')),
      ({ server }) => fresh(server), ({ server }) => fresh(server)), 2],
    [intention('pagedList', fc.record({ server: fc.nat(9), count: fc.integer({ min: 2, max: 6 }), size: fc.integer({ min: 1, max: 3 }) }),
      ({ server, count }) => fresh(server, count), ({ size }) => new ListCustomImagesCommand(size)), 2],
    [intention('snapshotEdge', fc.record({ disk: fc.nat(20), server: fc.nat(9), type: weighted<'system' | 'data'>(['system', 1], ['data', 1]) }),
      ({ disk }) => new CreateSnapshotCommand(disk, false, 4), () => new DeleteSnapshotCommand(newest('live')),
      () => new DeleteSnapshotCommand(newest('deleted')), ({ disk }) => new CreateSnapshotCommand(disk, false, 1),
      ({ server, type }) => new ListResourcesCommand('ListSnapshots', server, type), ({ server, type }) => new ListResourcesCommand('ListDisks', server, type)), 2],
    [intention('restoreKeepsImds', ecs, () => new CreateEcsImageCommand(), () => new ModifyEcsImageCommand(newest('live'), { ImdsSupport: 'v2' }),
      () => new ModifyEcsImageCommand(newest('live'), { Status: 'Deprecated' }), () => new ModifyEcsImageCommand(newest('deprecated'), { Status: 'Deprecated' }),
      () => new ModifyEcsImageCommand(newest('deprecated'), { Status: 'Available' }), () => new ModifyEcsImageCommand(newest('live'), { Status: 'Available' }),
      () => new ModifyEcsImageCommand(newest('live'), { ImdsSupport: 'v1' })), 3],
    [intention('deprecateThenShare', ecs, () => new CreateEcsImageCommand(), () => new ModifyEcsImageCommand(newest('live'), { Status: 'Deprecated' }),
      ({ account }) => share(newest('deprecated'), account), () => new ModifyEcsImageCommand(newest('deprecated'), { Status: 'Available' }),
      ({ account }) => share(newest('live'), account)), 3],
    [intention('shareThenDeprecate', ecs, () => new CreateEcsImageCommand(), ({ account }) => share(newest('live'), account),
      () => new ModifyEcsImageCommand(newest('shared'), { Status: 'Deprecated' }), () => new DeleteEcsImageCommand(newest('shared')),
      ({ account }) => new EcsSharePermissionCommand(newest('shared'), 'RemoveAccount', account), () => new DeleteEcsImageCommand(newest('live')),
      () => new DeleteEcsImageCommand(newest('deleted')), () => new DescribeEcsImageCommand('DescribeImageSharePermission', newest('deleted')), () => new DescribeEcsImageCommand('DescribeImages', newest('deleted'))), 3],
    [intention('shareWithEvery', ecs, () => new CreateEcsImageCommand(), () => new EcsSharePermissionCommand(newest('live'), 'AddAccount', 0, true),
      ({ account }) => new EcsSharePermissionCommand(newest('shared'), 'RemoveAccount', account),
      () => new DescribeEcsImageCommand('DescribeImageSharePermission', newest('shared')), () => new DeleteEcsImageCommand(newest('shared'))), 1],
  ];
}
