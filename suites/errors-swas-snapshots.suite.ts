import { describe } from 'vitest';
import { conformance, createdId, ErrorRules, probeRefusal, UNKNOWN_IDS, type RuleTest, type ServerInfo } from '../harness/index.js';

// Documented error codes of the SWAS snapshot operations, on the servers' system disks.
const c = conformance();
const e = new ErrorRules(c, ['swas.CreateSnapshot', 'swas.DeleteSnapshot']);
const mutates = { mutates: true, timeout: c.isCloud ? 3_600_000 : 120_000 };
const PER_SERVER = 3;
const ACCOUNT_CAP = 15;

interface SnapshotItem { SnapshotId: string; Status: string; SourceDiskId: string }

/** How many snapshots of a server's disks `all` holds (ListSnapshots names the server of system-disk snapshots only). */
const ofServer = (all: SnapshotItem[], s: ServerInfo) =>
  all.filter((x) => x.SourceDiskId === s.systemDiskId || s.dataDiskIds.includes(x.SourceDiskId)).length;

async function snapshots(t: RuleTest, filter: Record<string, string> = {}): Promise<SnapshotItem[]> {
  const r = await t.call('swas', 'ListSnapshots', { ...filter, PageSize: 100 });
  return (r.body?.['Snapshots'] as SnapshotItem[] | undefined) ?? [];
}

const statusOf = async (t: RuleTest, id: string) => (await snapshots(t, { SnapshotIds: JSON.stringify([id]) }))[0]?.Status;
const settle = (t: RuleTest, id: string) => t.until(() => statusOf(t, id), (s) => s !== 'Progressing');

/** Creates a snapshot and waits until it is no longer Progressing; its id, or undefined. */
async function snapshotOf(t: RuleTest, diskId: string, name = t.name('snap')): Promise<string | undefined> {
  const id = createdId(await t.call('swas', 'CreateSnapshot', { DiskId: diskId, SnapshotName: name }), 'SnapshotId');
  return id && (await settle(t, id)) === 'Accomplished' ? id : undefined;
}

/** Deletes snapshots a test created, each once it has settled. */
async function drop(t: RuleTest, ids: (string | undefined)[]): Promise<void> {
  for (const id of ids) if (id) await settle(t, id).then(() => t.call('swas', 'DeleteSnapshot', { SnapshotId: id }));
}

/** The system disk of a usable server with room for `more` snapshots (per server and per account) and none in progress. */
async function roomyDisk(t: RuleTest, more: number): Promise<string | undefined> {
  const all = await snapshots(t);
  const servers = await t.fx.servers();
  if (all.length + more > Math.min(PER_SERVER * servers.length, ACCOUNT_CAP)) return undefined;
  const roomy = (await t.fx.usableServers()).find((s) => s.systemDiskId
    && ofServer(all, s) + more <= PER_SERVER && !all.some((x) => x.SourceDiskId === s.systemDiskId && x.Status === 'Progressing'));
  return roomy?.systemDiskId;
}
const NO_ROOM = 'no usable server has room for the snapshots the scenario takes (3 per server)';

describe('errors: SWAS snapshots', () => {
  const BadName = 'swas.CreateSnapshot.error.InvalidSnapshotName.ValueNotSupported';
  e.rule(BadName, async (t) => {
    const disk = await roomyDisk(t, 1);
    if (!disk) return t.skip(BadName, NO_ROOM);
    await drop(t, [createdId(await probeRefusal(t, BadName, 'swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: `1${t.name('snap')}` }), 'SnapshotId')]);
  }, mutates);

  const Duplicate = 'swas.CreateSnapshot.error.InvalidSnapshotName.Duplicate';
  e.rule(Duplicate, async (t) => {
    const disk = await roomyDisk(t, 2);
    if (!disk) return t.skip(Duplicate, NO_ROOM);
    const name = t.name('snap');
    const first = await snapshotOf(t, disk, name);
    if (!first) return t.skip(Duplicate, 'could not take the first snapshot');
    const again = await probeRefusal(t, Duplicate, 'swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: name });
    await drop(t, [first, createdId(again, 'SnapshotId')]);
  }, mutates);

  const Creating = 'swas.CreateSnapshot.error.IncorrectDiskStatus.CreatingSnapshot';
  e.rule(Creating, async (t) => {
    const disk = await roomyDisk(t, 2);
    if (!disk) return t.skip(Creating, NO_ROOM);
    const first = createdId(await t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: t.name('snap') }), 'SnapshotId');
    if (!first) return t.skip(Creating, 'could not start the first snapshot');
    const second = await t.call('swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: t.name('snap') }, { retry: false, pace: false });
    // An accepted second call is a verdict only if the first snapshot was still in progress after it.
    if (second.status !== 200 || (await statusOf(t, first)) === 'Progressing') await t.expectAnswer(Creating, second);
    else t.unknown(Creating, 'the first snapshot was Accomplished before the second call could meet it (timing: the target snapshots too fast)');
    await drop(t, [first, createdId(second, 'SnapshotId')]);
  }, mutates);

  const Limit = 'swas.CreateSnapshot.error.SnapshotLimitExceed';
  e.rule(Limit, async (t) => {
    // The server holding the most snapshots: the fewest to take before the fourth.
    const all = await snapshots(t);
    const server = (await t.fx.usableServers()).filter((s) => s.systemDiskId).sort((a, b) => ofServer(all, b) - ofServer(all, a))[0];
    if (!server?.systemDiskId) return t.skip(Limit, 'no usable server with a system disk');
    const taken: (string | undefined)[] = [];
    try {
      for (let n = ofServer(all, server); n < PER_SERVER; n++) {
        taken.push(await snapshotOf(t, server.systemDiskId));
        if (!taken.at(-1)) return t.unknown(Limit, `could not take snapshot ${n + 1} of ${PER_SERVER}`);
      }
      taken.push(createdId(await probeRefusal(t, Limit, 'swas', 'CreateSnapshot', { DiskId: server.systemDiskId, SnapshotName: t.name('snap') }), 'SnapshotId'));
    } finally {
      await drop(t, taken);
    }
  }, mutates);

  const BadState = 'swas.CreateSnapshot.error.IncorrectStatus';
  e.rule(BadState, async (t) => {
    // The states the rule's condition names as refusing snapshots (the spec's `when`).
    const pick = await t.fx.serverIn(['Disabled', 'Resetting', 'Upgrading'], 'whose state refuses snapshots');
    if ('missing' in pick) return t.skip(BadState, pick.missing);
    const disk = pick.server.systemDiskId;
    if (!disk) return t.skip(BadState, `ListDisks lists no system disk of server ${pick.server.InstanceId} (${pick.server.Status})`);
    await drop(t, [createdId(await probeRefusal(t, BadState, 'swas', 'CreateSnapshot', { DiskId: disk, SnapshotName: t.name('snap') }), 'SnapshotId')]);
  }, mutates);

  // Unknown ids change nothing: these run where mutations are not allowed too.
  const NoDisk = 'swas.CreateSnapshot.error.InvalidDiskId.NotFound';
  e.rule(NoDisk, async (t) => void (await t.probe(NoDisk, 'swas', 'CreateSnapshot', { DiskId: UNKNOWN_IDS.swasDisk, SnapshotName: t.name('snap') })));
  const NoSnapshot = 'swas.DeleteSnapshot.error.InvalidSnapshotId.NotFound';
  e.rule(NoSnapshot, async (t) => void (await t.probe(NoSnapshot, 'swas', 'DeleteSnapshot', { SnapshotId: UNKNOWN_IDS.swasSnapshot })));

  e.rest();
});
