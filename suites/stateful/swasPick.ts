import { UNKNOWN_IDS } from '../../harness/index.js';
import { canPick, pickFrom, type Kinds } from './pickFrom.js';
import type { World } from './World.js';
import type { Pick } from './WorldCommand.js';

function swasKinds(w: Readonly<World>): Kinds {
  const live = w.swasIds.filter((id) => w.account.customImages.has(id));
  return {
    live,
    shared: live.filter((id) => w.account.customImages.get(id)?.InShare),
    deleted: w.swasIds.filter((id) => !w.account.customImages.has(id)),
  };
}

/** Whether the run has a SWAS image of the pick's kind. */
export const swasPickable = (w: Readonly<World>, p: Pick): boolean => canPick(swasKinds(w), p);

/** A model id among the run's SWAS images: a live, shared or deleted one, or an unknown id. */
export const swasPick = (w: Readonly<World>, p: Pick): string => pickFrom(swasKinds(w), p, UNKNOWN_IDS.swasImage);
