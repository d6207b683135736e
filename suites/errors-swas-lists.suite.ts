import { describe } from 'vitest';
import { conformance, ErrorRules, UNKNOWN_IDS } from '../harness/index.js';

// Documented error codes of the SWAS server, disk and snapshot lists: unknown ids and malformed
// filters. Reads only, so they run where mutations are not allowed too.
const c = conformance();
const e = new ErrorRules(c, ['swas.ListSnapshots', 'swas.ListInstances', 'swas.ListDisks']);

describe('errors: SWAS lists', () => {
  const probes: [string, string, Record<string, string>][] = [
    ['swas.ListSnapshots.error.InvalidParam', 'ListSnapshots', { SnapshotIds: 'not-a-json-array' }],
    ['swas.ListSnapshots.error.InvalidInstanceId.NotFound', 'ListSnapshots', { InstanceId: UNKNOWN_IDS.swasServer }],
    ['swas.ListSnapshots.error.InvalidDiskId.NotFound', 'ListSnapshots', { DiskId: UNKNOWN_IDS.swasDisk }],
    ['swas.ListInstances.error.InvalidChargeType.ValueNotSupported', 'ListInstances', { ChargeType: 'PostPaid' }],
    ['swas.ListInstances.error.InvalidPublicIpAddresses.ValueNotSupported', 'ListInstances', { PublicIpAddresses: 'not-a-json-array' }],
    ['swas.ListInstances.error.InvalidInstanceId.NotFound', 'ListInstances', { InstanceIds: JSON.stringify([UNKNOWN_IDS.swasServer]) }],
  ];
  for (const [id, action, params] of probes) e.rule(id, async (t) => void (await t.probe(id, 'swas', action, params)));

  const Region = 'swas.ListSnapshots.error.RegionIdNotMatchHost';
  e.rule(Region, async (t) => {
    // On the cloud another documented region than the endpoint's; an emulator serves every region
    // from one address, so there only a region no endpoint serves differs from the host's.
    const other = c.isCloud ? Object.keys(c.spec.products.swas.endpoints).find((r) => r !== t.profile.region) : 'xx-nowhere-1';
    if (!other) return t.skip(Region, 'the spec documents no second SWAS region');
    await t.probe(Region, 'swas', 'ListSnapshots', { RegionId: other });
  });

  e.rest();
});
