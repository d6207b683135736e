import { UNKNOWN_IDS, type ParamValue, type RuleTest } from '../../harness/index.js';

/** A call that changes nothing, sent over and over to fill an operation's rate window. */
export interface HarmlessCall {
  params: Record<string, ParamValue>;
  what: string;
  /** An ECS image made for the call, which the test deletes afterwards. */
  ecsImageId?: string;
}

/**
 * The harmless call of each rate-limited operation. Reads and an attribute write that restates a
 * value succeed; creates and deletes name a resource that does not exist, so the target answers
 * NotFound after its rate check (a gateway counts every call it admits, rejected or not). Without
 * `mayCreate` (mutations not allowed) the attribute write names a missing image too.
 */
export async function harmlessCall(t: RuleTest, operation: string, mayCreate: boolean): Promise<HarmlessCall | undefined> {
  switch (operation) {
    case 'swas.ListCustomImages': case 'swas.ListDisks': case 'swas.ListInstances': case 'swas.ListSnapshots':
      return { params: { PageSize: 1 }, what: 'a read' };
    case 'swas.CreateCustomImage':
      return { params: { InstanceId: UNKNOWN_IDS.swasServer, SystemSnapshotId: UNKNOWN_IDS.swasSnapshot, ImageName: t.name('rate') }, what: 'a create naming a server that does not exist' };
    case 'swas.CreateSnapshot':
      return { params: { DiskId: UNKNOWN_IDS.swasDisk, SnapshotName: t.name('rate') }, what: 'a create naming a disk that does not exist' };
    case 'swas.DeleteCustomImage':
      return { params: { ImageId: UNKNOWN_IDS.swasImage }, what: 'a delete of an image that does not exist' };
    case 'swas.DeleteCustomImages':
      return { params: { ImageIds: JSON.stringify([UNKNOWN_IDS.swasImage]) }, what: 'a delete of an image that does not exist' };
    case 'swas.DeleteSnapshot':
      return { params: { SnapshotId: UNKNOWN_IDS.swasSnapshot }, what: 'a delete of a snapshot that does not exist' };
    case 'swas.ModifyImageShareStatus':
      return { params: { ImageId: UNKNOWN_IDS.swasImage, Operation: 'UnShare' }, what: 'an UnShare of an image that does not exist' };
    case 'ecs.ModifyImageAttribute': {
      const imageId = mayCreate ? await t.fx.ecsImage({ name: t.name('rate') }) : undefined;
      return imageId
        ? { params: { ImageId: imageId, Description: 'acs-conformance rate-limit probe' }, what: "a write restating an own image's description", ecsImageId: imageId }
        : { params: { ImageId: UNKNOWN_IDS.ecsImage, Description: 'acs-conformance rate-limit probe' }, what: 'a write to an image that does not exist' };
    }
    default:
      return undefined;
  }
}
