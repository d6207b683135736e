import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

const accountsOf = (args: Record<string, unknown>) => (Array.isArray(args['accounts']) ? (args['accounts'] as unknown[]).map(String) : []);

/**
 * The accounts one ECS image is shared with (sorted): `add {accounts}` → 'ok', or
 * 'QuotaExceed.ShareImageUser' (nothing changes) when the call would grow the list beyond
 * `limit`; `remove {accounts}` → 'ok'; `list` → the accounts; `count` → how many.
 */
export function shareSetModel(options: { limit?: number; initial?: readonly string[] } = {}): SequentialSpec<readonly string[]> {
  const limit = options.limit ?? 50;
  return {
    init: () => [...new Set(options.initial ?? [])].sort(),
    step(state, call) {
      switch (call.name) {
        case 'add': {
          const after = [...new Set([...state, ...accountsOf(call.args)])].sort();
          if (after.length > state.length && after.length > limit) return { state, result: 'QuotaExceed.ShareImageUser' };
          return { state: after, result: 'ok' };
        }
        case 'remove': {
          const gone = new Set(accountsOf(call.args));
          return { state: state.filter((a) => !gone.has(a)), result: 'ok' };
        }
        case 'list': return { state, result: state };
        case 'count': return { state, result: state.length };
        default: throw new Error(`shareSetModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: (state) => JSON.stringify(state),
  };
}
