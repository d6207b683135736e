import { randomWorld } from './randomWorld.js';
import { seedWorld } from './seedWorld.js';
import type { World } from './World.js';

/** The starting world numbered `seed`: 0 is the default seed, any other number a randomised world. */
export function buildWorld(seed: number): World {
  if (!Number.isInteger(seed) || seed < 0) throw new RangeError(`world seed ${seed} is not a non-negative integer`);
  return seed === 0 ? seedWorld() : randomWorld(seed);
}
