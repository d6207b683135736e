import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

type Items = readonly string[];

/**
 * A set of strings (kept sorted, copied on write): `add {item}` and `remove {item}` → whether the
 * set changed, `contains {item}` → boolean, `size` → number, `list` → the sorted items.
 */
export function setModel(initial: readonly string[] = []): SequentialSpec<Items> {
  return {
    init: () => [...new Set(initial)].sort(),
    step(state, call) {
      const item = String(call.args['item']);
      switch (call.name) {
        case 'add': return state.includes(item) ? { state, result: false } : { state: [...state, item].sort(), result: true };
        case 'remove': return state.includes(item) ? { state: state.filter((i) => i !== item), result: true } : { state, result: false };
        case 'contains': return { state, result: state.includes(item) };
        case 'size': return { state, result: state.length };
        case 'list': return { state, result: state };
        default: throw new Error(`setModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: (state) => JSON.stringify(state),
  };
}
