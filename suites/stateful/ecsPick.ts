import { UNKNOWN_IDS } from '../../harness/index.js';
import { pickAt } from './pickAt.js';
import type { World } from './World.js';
import type { Pick } from './WorldCommand.js';

function ecsKinds(w: Readonly<World>) {
  const alive = w.ecsIds.filter((id) => w.account.ecsImages.has(id));
  return {
    live: alive,
    shared: alive.filter((id) => (w.account.ecsImages.get(id)?.shares.size ?? 0) > 0),
    deprecated: alive.filter((id) => w.account.ecsImages.get(id)?.Status === 'Deprecated'),
    deleted: w.ecsIds.filter((id) => !w.account.ecsImages.has(id)),
  };
}

/** Whether the run has an ECS image of the pick's kind (a shared or deprecated pick needs one of that kind). */
export function ecsPickable(w: Readonly<World>, p: Pick): boolean {
  const k = ecsKinds(w);
  return p.kind === 'unknown' || (p.kind === 'live' ? k.live : k[p.kind]).length > 0;
}

/** A model id among the run's ECS images: a live one (a shared or deprecated one first for those kinds), a deleted one, or an unknown id. */
export function ecsPick(w: Readonly<World>, p: Pick): string {
  const k = ecsKinds(w);
  const choice = p.kind === 'shared' || p.kind === 'deprecated' ? pickAt(k[p.kind], p.index) ?? pickAt(k.live, p.index)
    : p.kind === 'live' ? pickAt(k.live, p.index)
      : p.kind === 'deleted' ? pickAt(k.deleted, p.index) : undefined;
  return choice ?? UNKNOWN_IDS.ecsImage;
}
