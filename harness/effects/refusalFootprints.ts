import type { RuleTest } from '../conformance/RuleTest.js';
import type { ParamValue } from '../protocol/index.js';
import type { FootprintPart } from './Footprint.js';
import { FootprintParts } from './footprintParts.js';
import { namedIds, type As } from './listAll.js';

type Params = Record<string, ParamValue>;
const str = (v: ParamValue | undefined): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * Data table: what each operation that changes state could touch, read from the parameters of
 * one call, as the reference model has it (harness/model/ops): a create adds a resource to the
 * account (found by the name it asks for) or to a disk; a delete removes the resources it names;
 * an update changes the flags, attributes or share list of the image it names. Only those are
 * read. Every operation of the spec whose effect is not `read` has a row (footprints.test.ts).
 */
export const REFUSAL_FOOTPRINTS: Record<string, (r: FootprintParts, p: Params) => (FootprintPart | undefined)[]> = {
  'swas.CreateCustomImage': (r, p) => [r.customImagesNamed(str(p['ImageName']))],
  'swas.DeleteCustomImages': (r, p) => [r.customImagesById(namedIds(p['ImageIds']))],
  'swas.DeleteCustomImage': (r, p) => [r.customImagesById(namedIds(p['ImageId']))],
  'swas.ModifyImageShareStatus': (r, p) => [r.customImagesById(namedIds(p['ImageId']))],
  'swas.CreateSnapshot': (r, p) => [r.snapshotsOfDisk(str(p['DiskId']))],
  'swas.DeleteSnapshot': (r, p) => [r.snapshotsById(namedIds(p['SnapshotId']))],
  'ecs.CreateImage': (r, p) => [r.ecsImagesNamed(str(p['ImageName']))],
  'ecs.DeleteImage': (r, p) => [r.ecsImage(str(p['ImageId']), 'status'), r.ecsShares(str(p['ImageId']))],
  'ecs.ModifyImageAttribute': (r, p) => [r.ecsImage(str(p['ImageId']), 'attributes')],
  'ecs.ModifyImageSharePermission': (r, p) => [r.ecsShares(str(p['ImageId'])), p['IsPublic'] === undefined ? undefined : r.ecsImage(str(p['ImageId']), 'public')],
};

/** The parts a call of `op` with `params` could touch (none for an operation that only reads). */
export function refusalFootprint(t: RuleTest, op: string, params: Params, as: As): FootprintPart[] {
  const row = REFUSAL_FOOTPRINTS[op];
  return row ? row(new FootprintParts(t, as), params).filter((p): p is FootprintPart => p !== undefined) : [];
}
