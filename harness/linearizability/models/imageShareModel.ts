import type { Call } from '../Operation.js';
import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

/** Whether an image exists and is shared to ECS; images the history has not touched exist, unshared. */
export interface ImageShareFlags { exists: boolean; shared: boolean }
type Images = Readonly<Record<string, ImageShareFlags>>;

const NOT_FOUND = 'InvalidImageId.NotFound';
const imageOf = (call: Call) => String(call.args['image']);

/**
 * SWAS custom images against deletion and sharing: `delete {image}` → 'ok', NOT_FOUND, or
 * 'CustomImageInShare' while shared; `share` / `unshare {image}` → 'ok' or NOT_FOUND;
 * `read {image}` → its flags. Images are independent: checked per image.
 */
export function imageShareModel(): SequentialSpec<Images> {
  const fresh: ImageShareFlags = { exists: true, shared: false };
  return {
    init: () => ({}),
    step(state, call) {
      const image = imageOf(call);
      const now = state[image] ?? fresh;
      const set = (flags: ImageShareFlags) => ({ state: { ...state, [image]: flags }, result: 'ok' });
      switch (call.name) {
        case 'read': return { state, result: now };
        case 'delete':
          if (!now.exists) return { state, result: NOT_FOUND };
          return now.shared ? { state, result: 'CustomImageInShare' } : set({ exists: false, shared: false });
        case 'share': return now.exists ? set({ exists: true, shared: true }) : { state, result: NOT_FOUND };
        case 'unshare': return now.exists ? set({ exists: true, shared: false }) : { state, result: NOT_FOUND };
        default: throw new Error(`imageShareModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: (state) => JSON.stringify(Object.entries(state).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    partition: imageOf,
  };
}
