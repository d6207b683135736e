import type { ParamValue } from '../protocol/index.js';
import type { LedgerEntry } from '../safety/Ledger.js';

type Event = Pick<LedgerEntry, 'product' | 'kind' | 'id' | 'event'>;

/** The ledger events a successful call implies: what it created, and what it deleted. */
export function ledgerEvents(product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>, body: Record<string, unknown>): Event[] {
  const id = (v: unknown) => (typeof v === 'string' && v ? [v] : []);
  const key = `${product}.${action}`;
  switch (key) {
    case 'swas.CreateCustomImage': return id(body['ImageId']).map((i) => ({ product, kind: 'swas.CustomImage', id: i, event: 'created' }));
    case 'swas.CreateSnapshot': return id(body['SnapshotId']).map((i) => ({ product, kind: 'swas.Snapshot', id: i, event: 'created' }));
    case 'ecs.CreateImage': return id(body['ImageId']).map((i) => ({ product, kind: 'ecs.Image', id: i, event: 'created' }));
    case 'swas.DeleteCustomImage': return id(params['ImageId']).map((i) => ({ product, kind: 'swas.CustomImage', id: i, event: 'deleted' }));
    case 'swas.DeleteSnapshot': return id(params['SnapshotId']).map((i) => ({ product, kind: 'swas.Snapshot', id: i, event: 'deleted' }));
    case 'ecs.DeleteImage': return id(params['ImageId']).map((i) => ({ product, kind: 'ecs.Image', id: i, event: 'deleted' }));
    case 'swas.DeleteCustomImages': {
      let ids: unknown = [];
      try { ids = JSON.parse(String(params['ImageIds'])); } catch { /* nothing deleted that we can name */ }
      return (Array.isArray(ids) ? ids : []).flatMap(id).map((i) => ({ product, kind: 'swas.CustomImage', id: i, event: 'deleted' }));
    }
    default: return [];
  }
}
