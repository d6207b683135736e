import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { Client } from '../client/Client.js';
import { startEmulator, type RunningEmulator } from '../emulator/startEmulator.js';
import { buildWorld } from '../model/world/buildWorld.js';
import { cleanupResources } from './cleanupResources.js';
import { Ledger } from './Ledger.js';

// World 3 keeps a main-account server in its second region: creates there and as the peer must
// be recorded with their region and account, and deleted there, as that account.
const world = buildWorld(3);
const dir = mkdtempSync(join(tmpdir(), 'acs-ledger-'));
let emulator: RunningEmulator;
let client: Client;
let ledger: Ledger;
const keys = (a: typeof world.main) => ({ accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret });
const snapshots = async (as: 'main' | 'peer', region: string) => ((await client.call('swas', 'ListSnapshots', { RegionId: region, PageSize: 100 }, { as })).body?.['Snapshots'] as { SnapshotId: string }[]).map((s) => s.SnapshotId);
const systemDisk = async (as: 'main' | 'peer', region: string) => ((await client.call('swas', 'ListDisks', { RegionId: region, DiskType: 'system', PageSize: 100 }, { as })).body?.['Disks'] as { DiskId: string }[])[0]!.DiskId;

beforeAll(async () => {
  emulator = await startEmulator({ world, rateLimits: false, delays: { snapshotMs: 0, imageMs: 0 } });
  ledger = new Ledger(join(dir, 'ledger.jsonl'));
  client = new Client({
    spec: getSpec(), endpoints: { swas: emulator.url, ecs: emulator.url }, region: world.region,
    accounts: { main: keys(world.main), peer: keys(world.peer) }, pacing: false, runId: 'ledgertest', ledger,
  });
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ledger and cleanup', () => {
  it('record the account and region of a create, and delete it as that account, in that region', async () => {
    const peerDisk = await systemDisk('peer', world.region);
    const mainDisk = await systemDisk('main', world.secondRegion);
    const byPeer = await client.call('swas', 'CreateSnapshot', { DiskId: peerDisk, SnapshotName: 'acscledger-peer' }, { as: 'peer' });
    const elsewhere = await client.call('swas', 'CreateSnapshot', { RegionId: world.secondRegion, DiskId: mainDisk, SnapshotName: 'acscledger-main' });
    const [peerId, mainId] = [byPeer.body?.['SnapshotId'], elsewhere.body?.['SnapshotId']] as string[];
    expect(ledger.live().map((e) => [e.id, e.account, e.region])).toEqual([[peerId, 'peer', world.region], [mainId, 'main', world.secondRegion]]);
    expect(await snapshots('peer', world.region)).toContain(peerId);
    expect(await snapshots('main', world.secondRegion)).toContain(mainId);

    const { deleted, left } = await cleanupResources(client, ledger.live());
    expect(left).toEqual([]);
    expect(deleted.sort()).toEqual([peerId, mainId].sort());
    expect(await snapshots('peer', world.region)).not.toContain(peerId);
    expect(await snapshots('main', world.secondRegion)).not.toContain(mainId);
    expect(ledger.live()).toEqual([]);
  });

  it('leaves a peer resource, with the reason, when the client holds no peer key', async () => {
    const mainOnly = new Client({ spec: getSpec(), endpoints: { swas: emulator.url, ecs: emulator.url }, region: world.region, accounts: { main: keys(world.main) }, pacing: false });
    const entry = { runId: 'x', product: 'swas' as const, kind: 'swas.Snapshot', id: 's-acscleftbehind', region: world.region, account: 'peer' as const, endpoint: emulator.url, at: '', event: 'created' as const };
    const { left } = await cleanupResources(mainOnly, [entry]);
    expect(left).toEqual([{ id: 's-acscleftbehind', reason: expect.stringMatching(/peer/) }]);
  });
});
