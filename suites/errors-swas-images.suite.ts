import { describe } from 'vitest';
import { conformance, createdId, ErrorRules, fillCustomImageQuota, probeRefusal, UNKNOWN_IDS, type RuleTest } from '../harness/index.js';

// Documented error codes of the SWAS custom-image operations, one scenario each.
const c = conformance();
const e = new ErrorRules(c, ['swas.CreateCustomImage', 'swas.DeleteCustomImage', 'swas.DeleteCustomImages', 'swas.ModifyImageShareStatus',
  'swas.ListCustomImages']);
const mutates = { mutates: true, timeout: c.isCloud ? 3_600_000 : 120_000 };
const NO_BASE = 'the target has no Running or Stopped server with a system-disk snapshot to build images from';

/** A usable server and a system snapshot of it: the valid request each CreateCustomImage probe breaks in one place. */
async function base(t: RuleTest) {
  for (const server of await t.fx.usableServers()) {
    const snapshotId = await t.fx.snapshot(server);
    if (snapshotId) return { server, snapshotId, ImageName: t.name('img') };
  }
  return undefined;
}

/** Unshares (when asked) and deletes custom images, including any a refused-but-accepted probe created. */
async function drop(t: RuleTest, ids: (string | undefined)[], shared = false): Promise<void> {
  const live = ids.filter((id): id is string => !!id);
  if (shared) for (const id of live) await t.call('swas', 'ModifyImageShareStatus', { ImageId: id, Operation: 'UnShare' });
  if (live.length) await t.fx.deleteCustomImages(live);
}

type Base = NonNullable<Awaited<ReturnType<typeof base>>>;

/** Probes CreateCustomImage with `params` over a valid base, then deletes what an accepted probe created. */
async function createProbe(t: RuleTest, ruleId: string, params: (b: Base) => Record<string, string>): Promise<void> {
  const b = await base(t);
  if (!b) return t.skip(ruleId, NO_BASE);
  const r = await probeRefusal(t, ruleId, 'swas', 'CreateCustomImage',
    { InstanceId: b.server.InstanceId, SystemSnapshotId: b.snapshotId, ImageName: b.ImageName, ...params(b) });
  await drop(t, [createdId(r)]);
}

describe('errors: SWAS custom images', () => {
  const NotFound = 'swas.CreateCustomImage.error.InvalidInstanceId.NotFound';
  e.rule(NotFound, (t) => createProbe(t, NotFound, () => ({ InstanceId: UNKNOWN_IDS.swasServer })), mutates);

  const SystemNotFound = 'swas.CreateCustomImage.error.InvalidParam.SystemSnapshotIdNotFound';
  e.rule(SystemNotFound, (t) => createProbe(t, SystemNotFound, () => ({ SystemSnapshotId: UNKNOWN_IDS.swasSnapshot })), mutates);

  const DataNotFound = 'swas.CreateCustomImage.error.InvalidParam.DataSnapshotIdNotFound';
  e.rule(DataNotFound, (t) => createProbe(t, DataNotFound, () => ({ DataSnapshotId: UNKNOWN_IDS.swasSnapshot })), mutates);

  const IllegalName = 'swas.CreateCustomImage.error.InvalidParam.IllegalImageName';
  e.rule(IllegalName, (t) => createProbe(t, IllegalName, (b) => ({ ImageName: `-${b.ImageName}` })), mutates);

  const NotSupport = 'swas.CreateCustomImage.error.InvalidParam.SystemSnapshotIdNotSupport';
  e.rule(NotSupport, async (t) => {
    // A data-disk snapshot of the server itself; else a system snapshot of another server.
    const servers = await t.fx.usableServers();
    for (const server of servers.filter((s) => s.dataDiskIds.length)) {
      const data = await t.fx.snapshot(server, 'data');
      if (data) return createProbe(t, NotSupport, () => ({ InstanceId: server.InstanceId, SystemSnapshotId: data }));
    }
    const [other, server] = servers;
    const foreign = other && server && await t.fx.snapshot(other);
    if (!server || !foreign) return t.skip(NotSupport, 'needs a server with a data disk, or two usable servers');
    await createProbe(t, NotSupport, () => ({ InstanceId: server.InstanceId, SystemSnapshotId: foreign }));
  }, mutates);

  const BadState = 'swas.CreateCustomImage.error.IncorrectInstanceStatus';
  e.rule(BadState, async (t) => {
    // The states the rule's condition names as refusing image creation (the spec's `when`).
    const pick = await t.fx.serverIn(['Disabled', 'Pending', 'Resetting', 'Upgrading'], 'whose state refuses image creation');
    if ('missing' in pick) return t.skip(BadState, pick.missing);
    const bad = pick.server.InstanceId;
    // The server's own system snapshot if it has one, so that only its state is wrong.
    const own = await t.call('swas', 'ListSnapshots', { InstanceId: bad, SourceDiskType: 'System', PageSize: 100 });
    const snapshots = ((own.body?.['Snapshots'] as { SnapshotId: string }[] | undefined) ?? []).map((x) => x.SnapshotId).sort();
    await createProbe(t, BadState, (b) => ({ InstanceId: bad, SystemSnapshotId: snapshots[0] ?? b.snapshotId }));
  }, mutates);

  const Taken = 'swas.CreateCustomImage.error.ImageNameAlreadyExist';
  const Illegal = 'swas.ModifyImageShareStatus.error.InvalidParam.OperationIllegal';
  e.rule([Taken, Illegal], async (t) => {
    const image = await t.fx.customImage();
    if (!image) return [Taken, Illegal].forEach((id) => t.skip(id, 'could not create a custom image to probe with'));
    await createProbe(t, Taken, () => ({ ImageName: image.name }));
    const r = await probeRefusal(t, Illegal, 'swas', 'ModifyImageShareStatus', { ImageId: image.imageId, Operation: 'Delete' });
    await drop(t, [image.imageId], r.status === 200);
  }, mutates);

  const Quota = 'swas.CreateCustomImage.error.CustomImageQuotaLimit';
  e.rule(Quota, async (t) => {
    const filled = await fillCustomImageQuota(t);
    try {
      if (!filled.full) return t.unknown(Quota, `could not fill the quota of ${filled.quota} images (created ${filled.created.length})`);
      await createProbe(t, Quota, () => ({}));
    } finally {
      await drop(t, filled.created);
    }
  }, mutates);

  const inShare = [['swas.DeleteCustomImages.error.CustomImageInShare', 'DeleteCustomImages'], ['swas.DeleteCustomImage.error.CustomImageInShare', 'DeleteCustomImage']] as const;
  for (const [InShare, action] of inShare) {
    e.rule(InShare, async (t) => {
      const image = await t.fx.customImage();
      if (!image) return t.skip(InShare, 'could not create a custom image to share');
      const shared = await t.call('swas', 'ModifyImageShareStatus', { ImageId: image.imageId, Operation: 'Share' });
      if (shared.status !== 200) {
        await drop(t, [image.imageId]);
        return t.unknown(InShare, `could not share the image to ECS (HTTP ${shared.status})`);
      }
      const params = action === 'DeleteCustomImages' ? { ImageIds: JSON.stringify([image.imageId]) } : { ImageId: image.imageId };
      const r = await probeRefusal(t, InShare, 'swas', action, params);
      if (r.status !== 200) await drop(t, [image.imageId], true);
    }, mutates);
  }

  // An unknown id changes nothing, whatever the answer: these run where mutations are not allowed too.
  const notFound: [string, string, Record<string, string>][] = [
    ['swas.DeleteCustomImages.error.InvalidImageId.NotFound', 'DeleteCustomImages', { ImageIds: JSON.stringify([UNKNOWN_IDS.swasImage]) }],
    ['swas.DeleteCustomImage.error.InvalidImageId.NotFound', 'DeleteCustomImage', { ImageId: UNKNOWN_IDS.swasImage }],
    ['swas.ModifyImageShareStatus.error.InvalidImageId.NotFound', 'ModifyImageShareStatus', { ImageId: UNKNOWN_IDS.swasImage, Operation: 'Share' }],
  ];
  for (const [id, action, params] of notFound) e.rule(id, async (t) => void (await t.probe(id, 'swas', action, params)));

  e.rest();
});
