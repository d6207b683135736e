import type { RuleTest } from '../conformance/RuleTest.js';
import { type FootprintPart, type FootprintState } from './Footprint.js';
import { listAll, type As, type Item } from './listAll.js';

/** Every status DescribeImages documents: without them it lists Available images only. */
const ANY_STATUS = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';
const byId = (items: Item[], key: string, fields: (i: Item) => string = () => ''): Map<string, string> =>
  new Map(items.map((i) => [String(i[key]), fields(i)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const state = (items: Map<string, string>, exists = true): FootprintState => ({ items, exists });

/**
 * The readers of the parts of a footprint (harness/effects/refusalFootprints.ts says which
 * operation touches which). Each reads only what the call names: images of its name, the images,
 * snapshots or disk it names; a whole-account listing only when a create names nothing, and then
 * only additions count. Fields that change on their own (an image or snapshot finishing its
 * creation) are left out.
 */
export class FootprintParts {
  constructor(private readonly t: RuleTest, private readonly as: As) {}

  /** A name of this run that no earlier call of the test sent: no resource can hold it yet. */
  private fresh(name: string): boolean {
    return name.startsWith(`${this.t.namePrefix}-`) && !this.t.exchanges.some((e) => Object.values(e.params).some((v) => v.includes(name)));
  }

  customImagesNamed(name: string | undefined): FootprintPart {
    if (!name) {
      return { key: `swas.images:${this.as}`, what: 'the custom images of the account', additionsOnly: true,
        read: async () => { const r = await listAll(this.t, 'swas', 'ListCustomImages', {}, ['CustomImages'], this.as); return r && state(byId(r.items, 'ImageId')); } };
    }
    const named = (items: Item[]) => byId(items.filter((i) => (i['Name'] ?? i['ImageName']) === name), 'ImageId');
    return {
      key: `swas.images.named:${this.as}:${name}`, what: `the custom images named ${name}`, knownEmpty: this.fresh(name),
      read: async () => {
        const r = await listAll(this.t, 'swas', 'ListCustomImages', { ImageNames: JSON.stringify([name]) }, ['CustomImages'], this.as)
          ?? await listAll(this.t, 'swas', 'ListCustomImages', {}, ['CustomImages'], this.as);
        return r && state(named(r.items));
      },
    };
  }

  customImagesById(ids: string[]): FootprintPart | undefined {
    if (!ids.length) return undefined;
    const mine = (items: Item[]) => byId(items.filter((i) => ids.includes(String(i['ImageId']))), 'ImageId', (i) => `InShare ${String(i['InShare'])}`);
    return {
      key: `swas.images.ids:${this.as}:${ids.join(',')}`, what: `the custom images ${ids.join(', ')}`,
      read: async () => {
        const r = await listAll(this.t, 'swas', 'ListCustomImages', { ImageIds: JSON.stringify(ids) }, ['CustomImages'], this.as)
          ?? await listAll(this.t, 'swas', 'ListCustomImages', {}, ['CustomImages'], this.as);
        if (!r) return undefined;
        const items = mine(r.items);
        return state(items, items.size > 0);
      },
    };
  }

  snapshotsOfDisk(diskId: string | undefined): FootprintPart | undefined {
    if (!diskId) return undefined;
    return {
      key: `swas.snapshots.disk:${this.as}:${diskId}`, what: `the snapshots of disk ${diskId}`,
      read: async () => {
        const r = await listAll(this.t, 'swas', 'ListSnapshots', { DiskId: diskId }, ['Snapshots'], this.as);
        return r && state(byId(r.items.filter((s) => s['SourceDiskId'] === undefined || s['SourceDiskId'] === diskId), 'SnapshotId'), !r.notFound);
      },
    };
  }

  snapshotsById(ids: string[]): FootprintPart | undefined {
    if (!ids.length) return undefined;
    return {
      key: `swas.snapshots.ids:${this.as}:${ids.join(',')}`, what: `the snapshots ${ids.join(', ')}`,
      read: async () => {
        const r = await listAll(this.t, 'swas', 'ListSnapshots', { SnapshotIds: JSON.stringify(ids) }, ['Snapshots'], this.as)
          ?? await listAll(this.t, 'swas', 'ListSnapshots', {}, ['Snapshots'], this.as);
        if (!r) return undefined;
        const items = byId(r.items.filter((s) => ids.includes(String(s['SnapshotId']))), 'SnapshotId');
        return state(items, items.size > 0);
      },
    };
  }

  ecsImagesNamed(name: string | undefined): FootprintPart {
    const query = { ImageOwnerAlias: 'self', Status: ANY_STATUS, ...(name && { ImageName: name }) };
    return {
      key: `ecs.images.named:${name ?? ''}`, what: name ? `the account's ECS images named ${name}` : 'the account\'s own ECS images',
      additionsOnly: !name, knownEmpty: name !== undefined && this.fresh(name),
      read: async () => {
        const r = await listAll(this.t, 'ecs', 'DescribeImages', query, ['Images', 'Image'], this.as);
        return r && state(byId(r.items.filter((i) => !name || i['ImageName'] === name), 'ImageId'));
      },
    };
  }

  /** One ECS image: whether it is Deprecated (status), its attributes, or whether it is public. */
  ecsImage(id: string | undefined, fields: 'status' | 'attributes' | 'public'): FootprintPart | undefined {
    if (!id) return undefined;
    const show = (i: Item): string => {
      const deprecated = i['Status'] === 'Deprecated' ? 'Deprecated' : 'not Deprecated';
      if (fields === 'status') return deprecated;
      if (fields === 'public') return `IsPublic ${String(i['IsPublic'])}`;
      const f = (i['Features'] ?? {}) as Item;
      return JSON.stringify({ ImageName: i['ImageName'], Description: i['Description'], ImageFamily: i['ImageFamily'], Status: deprecated,
        BootMode: i['BootMode'], LicenseType: i['LicenseType'], ImdsSupport: f['ImdsSupport'], NvmeSupport: f['NvmeSupport'] });
    };
    return {
      key: `ecs.image.${fields}:${id}`, what: `ECS image ${id} (${fields})`,
      read: async () => {
        const r = await listAll(this.t, 'ecs', 'DescribeImages', { ImageId: id, Status: ANY_STATUS }, ['Images', 'Image'], this.as, false);
        if (!r) return undefined;
        const items = byId(r.items.filter((i) => i['ImageId'] === id), 'ImageId', show);
        return state(items, items.size > 0);
      },
    };
  }

  ecsShares(id: string | undefined): FootprintPart | undefined {
    if (!id) return undefined;
    return {
      key: `ecs.shares:${id}`, what: `the accounts ECS image ${id} is shared with`,
      read: async () => {
        const r = await listAll(this.t, 'ecs', 'DescribeImageSharePermission', { ImageId: id }, ['Accounts', 'Account'], this.as);
        if (!r) return undefined;
        return state(new Map(r.items.map((a) => `account ${String(a['AliyunId'])}`).sort().map((k) => [k, ''] as const)), !r.notFound);
      },
    };
  }
}
