import { UNKNOWN_IDS } from '../../harness/index.js';
import { pickAt } from './pickAt.js';
import type { World } from './World.js';
import type { Pick } from './WorldCommand.js';

function swasKinds(w: Readonly<World>) {
  const alive = w.swasIds.filter((id) => w.account.customImages.has(id));
  return {
    live: alive,
    shared: alive.filter((id) => w.account.customImages.get(id)?.InShare),
    deleted: w.swasIds.filter((id) => !w.account.customImages.has(id)),
  };
}

/** Whether the run has a SWAS image of the pick's kind (a shared or deprecated pick needs one of that kind). */
export function swasPickable(w: Readonly<World>, p: Pick): boolean {
  const k = swasKinds(w);
  return p.kind === 'unknown' || (p.kind === 'deleted' ? k.deleted : p.kind === 'shared' ? k.shared : k.live).length > 0;
}

/** A model id among the run's SWAS images: a live one, a shared one, a deleted one, or an unknown id ('deprecated' takes a live one). */
export function swasPick(w: Readonly<World>, p: Pick): string {
  const k = swasKinds(w);
  const choice = p.kind === 'shared' ? pickAt(k.shared, p.index) ?? pickAt(k.live, p.index)
    : p.kind === 'live' ? pickAt(k.live, p.index)
      : p.kind === 'deleted' ? pickAt(k.deleted, p.index) : undefined;
  return choice ?? UNKNOWN_IDS.swasImage;
}
