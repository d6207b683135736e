import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

/** Images held: `others` not named by the history's calls, plus the sorted names it created. */
export interface QuotaState { others: number; names: readonly string[] }

/**
 * Named resources under a quota (SWAS custom images: at most `limit` per account, unique names):
 * `create {name}` → 'ok', or 'ImageNameAlreadyExist' if the name is held, else
 * 'CustomImageQuotaLimit' if `limit` are held; `delete {name}` → 'ok' or
 * 'InvalidImageId.NotFound'; `count` → images held, `count {name}` → those with that name.
 * `partitionByName` checks each name on its own, which is sound only without a binding limit.
 */
export function quotaModel(options: { limit: number; others?: number; names?: readonly string[]; partitionByName?: boolean }): SequentialSpec<QuotaState> {
  if (options.partitionByName && Number.isFinite(options.limit)) throw new Error('quotaModel: a finite limit ties names together; do not partition');
  const nameOf = (args: Record<string, unknown>) => String(args['name']);
  return {
    init: () => ({ others: options.others ?? 0, names: [...(options.names ?? [])].sort() }),
    step(state, call) {
      const held = state.others + state.names.length;
      switch (call.name) {
        case 'create': {
          const name = nameOf(call.args);
          if (state.names.includes(name)) return { state, result: 'ImageNameAlreadyExist' };
          if (held >= options.limit) return { state, result: 'CustomImageQuotaLimit' };
          return { state: { ...state, names: [...state.names, name].sort() }, result: 'ok' };
        }
        case 'delete': {
          const name = nameOf(call.args);
          if (!state.names.includes(name)) return { state, result: 'InvalidImageId.NotFound' };
          return { state: { ...state, names: state.names.filter((n) => n !== name) }, result: 'ok' };
        }
        case 'count':
          return { state, result: call.args['name'] === undefined ? held : state.names.filter((n) => n === call.args['name']).length };
        default: throw new Error(`quotaModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: (state) => JSON.stringify(state),
    ...(options.partitionByName && { partition: (call) => nameOf(call.args) }),
  };
}
