import { describe, expect, it } from 'vitest';
import { DAT1, DISABLED, MAIN, PEER, SERVER1, SERVER2, SYS1, SYS2, diskOf, expectError, expectKnownRules, peerServer, swasKit } from './swasTestKit.js';

const ids = (items: Record<string, unknown>[]) => items.map((i) => Object.values(i)[0]);

describe('CreateSnapshot, ListSnapshots, DeleteSnapshot', () => {
  it('creates a snapshot that is Progressing (50%) until the delay has passed, then Accomplished (100%)', async () => {
    const k = swasKit({ delays: { snapshotMs: 500, imageMs: 1 } });
    const { SnapshotId } = await k.body('CreateSnapshot', { DiskId: diskOf(SERVER2, 'sys'), SnapshotName: 'snap-a', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' });
    const list = async () => (await k.body('ListSnapshots', { SnapshotIds: JSON.stringify([SnapshotId]) }))['Snapshots'][0];
    expect(await list()).toMatchObject({ SnapshotId, SnapshotName: 'snap-a', Status: 'Progressing', Progress: '50%', SourceDiskType: 'System', InstanceId: SERVER2, Tags: [{ Key: 'k', Value: 'v' }] });
    k.advance(500);
    expect(await list()).toMatchObject({ Status: 'Accomplished', Progress: '100%' });
  });

  it('keeps 3 snapshots per server', async () => {
    const k = swasKit();
    await k.body('CreateSnapshot', { DiskId: diskOf(SERVER1, 'sys'), SnapshotName: 'snap-a' });
    k.advance(1000);
    const over = await k.call('CreateSnapshot', { DiskId: diskOf(SERVER1, 'dat'), SnapshotName: 'snap-b' });
    expectError(over, 'SnapshotLimitExceed');
    expect(over.rules).toContain('swas.quota.SnapshotsPerServer');
  });

  it('keeps at most min(3 x servers, 15) snapshots per account: 15 for the peer account', async () => {
    const k = swasKit();
    // The peer account holds one seed snapshot per server (6); 9 more fill it to 15.
    for (let i = 0; i < 9; i++) {
      await k.body('CreateSnapshot', { DiskId: diskOf(peerServer((i % 6) + 1), 'sys'), SnapshotName: `snap-${i}` }, PEER);
      k.advance(1000);
    }
    const over = await k.call('CreateSnapshot', { DiskId: diskOf(peerServer(4), 'sys'), SnapshotName: 'snap-over' }, PEER);
    expectError(over, 'SnapshotLimitExceed');
    expect(over.rules).toContain('swas.quota.SnapshotsPerAccount');
    expect((await k.body('ListSnapshots', { PageSize: '100' }, PEER))['TotalCount']).toBe(15);
  });

  it('filters with logical AND, reports InstanceId for system-disk snapshots only, and pages', async () => {
    const k = swasKit();
    const all = await k.body('ListSnapshots');
    expect(all).toMatchObject({ TotalCount: 3, PageNumber: 1, PageSize: 10 });
    const data = all['Snapshots'].find((s: { SnapshotId: string }) => s.SnapshotId === DAT1);
    expect(data).toMatchObject({ SourceDiskType: 'Data', InstanceId: '' });
    expect(ids((await k.body('ListSnapshots', { DiskId: diskOf(SERVER1, 'sys'), SnapshotIds: JSON.stringify([SYS1, SYS2]) }))['Snapshots'])).toEqual([SYS1]);
    expect(ids((await k.body('ListSnapshots', { InstanceId: SERVER1 }))['Snapshots'])).toEqual([SYS1, DAT1]);
    expect(ids((await k.body('ListSnapshots', { SourceDiskType: 'data' }))['Snapshots'])).toEqual([DAT1]);
    expect(ids((await k.body('ListSnapshots', { SourceDiskType: 'System' }))['Snapshots'])).toEqual([SYS1, SYS2]);
    expect((await k.body('ListSnapshots', { PageNumber: '2', PageSize: '2' }))['Snapshots']).toHaveLength(1);
    expect((await k.body('ListSnapshots', { RegionId: 'cn-beijing' }))['Snapshots']).toEqual([]);
    expectError(await k.call('ListSnapshots', { SourceDiskType: 'boot' }), 'InvalidParam');
  });

  it('deletes a snapshot; one an image was made from only once the image is gone', async () => {
    const k = swasKit();
    const image = await k.image('img-a');
    expect(await k.call('DeleteSnapshot', { SnapshotId: SYS1 })).toMatchObject({ kind: 'error', httpStatus: 403, code: 'SnapshotCreatedImage' });
    await k.body('DeleteCustomImages', { ImageIds: JSON.stringify([(image as unknown as { body: { ImageId: string } }).body.ImageId]) });
    await k.body('DeleteSnapshot', { SnapshotId: SYS1 });
    expect(ids((await k.body('ListSnapshots'))['Snapshots'])).toEqual([DAT1, SYS2]);
    expectError(await k.call('DeleteSnapshot', { SnapshotId: SYS1 }), 'InvalidSnapshotId.NotFound');
    expectError(await k.call('DeleteSnapshot', { SnapshotId: SYS2, RegionId: 'cn-beijing' }), 'InvalidSnapshotId.NotFound');
  });

  it('under backing-snapshot-deletable, deletes a snapshot an image was made from, and the image keeps its id', async () => {
    const k = swasKit({ deviations: ['backing-snapshot-deletable'] });
    await k.image('img-a');
    await k.body('DeleteSnapshot', { SnapshotId: SYS1 });
    expect((await k.images())[0]).toMatchObject({ SystemSnapshotId: SYS1, SystemSnapshotName: '' });
  });
});

describe('ListInstances and ListDisks', () => {
  it('lists the servers of the account in the region, with filters and the name wildcard', async () => {
    const k = swasKit();
    const all = await k.body('ListInstances');
    expect(all).toMatchObject({ TotalCount: 3, PageNumber: 1, PageSize: 10 });
    expect(ids(all['Instances'])).toEqual([SERVER1, SERVER2, DISABLED]);
    expect(all['Instances'][0]).toMatchObject({ ChargeType: 'PrePaid', Status: 'Running', Disks: [{ DiskType: 'System' }, { DiskType: 'Data' }] });
    expect(ids((await k.body('ListInstances', { Status: 'Disabled' }))['Instances'])).toEqual([DISABLED]);
    expect(ids((await k.body('ListInstances', { InstanceName: 'server-*' }))['Instances'])).toHaveLength(3);
    expect(ids((await k.body('ListInstances', { InstanceName: 'server-2' }))['Instances'])).toEqual([SERVER2]);
    expect(ids((await k.body('ListInstances', { InstanceName: 'server' }))['Instances'])).toEqual([]);
    expect(ids((await k.body('ListInstances', { InstanceIds: JSON.stringify([SERVER2]), ChargeType: 'PrePaid' }))['Instances'])).toEqual([SERVER2]);
    expect((await k.body('ListInstances', {}, PEER))['TotalCount']).toBe(6);
    expect((await k.body('ListInstances', { RegionId: 'cn-beijing' }))['TotalCount']).toBe(0);
  });

  it('lists nothing when InstanceIds and PublicIpAddresses name different servers', async () => {
    const k = swasKit();
    const servers = k.model.state.accounts.get(MAIN)!.servers;
    servers.get(SERVER1)!.PublicIpAddress = '47.96.0.1';
    servers.get(SERVER2)!.PublicIpAddress = '47.96.0.2';
    expect(ids((await k.body('ListInstances', { PublicIpAddresses: '["47.96.0.2"]' }))['Instances'])).toEqual([SERVER2]);
    expect(ids((await k.body('ListInstances', { InstanceIds: JSON.stringify([SERVER2]), PublicIpAddresses: '["47.96.0.2"]' }))['Instances'])).toEqual([SERVER2]);
    expect(ids((await k.body('ListInstances', { InstanceIds: JSON.stringify([SERVER1]), PublicIpAddresses: '["47.96.0.2"]' }))['Instances'])).toEqual([]);
  });

  it('lists disks filtered by server, ids and type (either case); unknown filters give an empty list', async () => {
    const k = swasKit();
    expect((await k.body('ListDisks'))['TotalCount']).toBe(4);
    expect(ids((await k.body('ListDisks', { InstanceId: SERVER1 }))['Disks'])).toEqual([diskOf(SERVER1, 'sys'), diskOf(SERVER1, 'dat')]);
    expect(ids((await k.body('ListDisks', { DiskType: 'Data' }))['Disks'])).toEqual([diskOf(SERVER1, 'dat')]);
    expect(ids((await k.body('ListDisks', { DiskType: 'system', InstanceId: SERVER1 }))['Disks'])).toEqual([diskOf(SERVER1, 'sys')]);
    expect(ids((await k.body('ListDisks', { DiskIds: JSON.stringify([diskOf(SERVER2, 'sys'), 'd-unknown']), InstanceId: SERVER1 }))['Disks'])).toEqual([]);
    expect((await k.body('ListDisks', { InstanceId: 'no-such-server' }))['Disks']).toEqual([]);
    expect((await k.body('ListDisks', { PageNumber: '2', PageSize: '3' }))['Disks']).toHaveLength(1);
  });

  it('names only rule ids of the catalogue', () => expectKnownRules());
});
