import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

/** A counter: `add {delta}` → 'ok', `get` → the value, `incrementAndGet` → the value after adding 1. */
export function counterModel(initial = 0): SequentialSpec<number> {
  return {
    init: () => initial,
    step(state, call) {
      switch (call.name) {
        case 'add': return { state: state + Number(call.args['delta'] ?? 1), result: 'ok' };
        case 'get': return { state, result: state };
        case 'incrementAndGet': return { state: state + 1, result: state + 1 };
        default: throw new Error(`counterModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: String,
  };
}
