import { UNKNOWN_IDS } from '../../harness/index.js';
import { canPick, pickFrom, type Kinds } from './pickFrom.js';
import type { World } from './World.js';
import type { Pick } from './WorldCommand.js';

function ecsKinds(w: Readonly<World>): Kinds {
  const live = w.ecsIds.filter((id) => w.account.ecsImages.has(id));
  return {
    live,
    shared: live.filter((id) => (w.account.ecsImages.get(id)?.shares.size ?? 0) > 0),
    deprecated: live.filter((id) => w.account.ecsImages.get(id)?.Status === 'Deprecated'),
    deleted: w.ecsIds.filter((id) => !w.account.ecsImages.has(id)),
  };
}

/** Whether the run has an ECS image of the pick's kind. */
export const ecsPickable = (w: Readonly<World>, p: Pick): boolean => canPick(ecsKinds(w), p);

/** A model id among the run's ECS images: a live, shared, deprecated or deleted one, or an unknown id. */
export const ecsPick = (w: Readonly<World>, p: Pick): string => pickFrom(ecsKinds(w), p, UNKNOWN_IDS.ecsImage);
