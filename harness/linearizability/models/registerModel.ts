import type { Call } from '../Operation.js';
import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

export type RegisterValue = string | number | null;
type Registers = Readonly<Record<string, RegisterValue>>;

const keyOf = (call: Call) => String(call.args['key'] ?? 'x');

/**
 * Registers by key (one register `x` when calls name none): `write {key, value}` → 'ok',
 * `read {key}` → the value (`initial` before any write), `cas {key, from, to}` → whether the
 * value was `from` (then it becomes `to`). `partitioned` checks each key on its own.
 */
export function registerModel(options: { initial?: RegisterValue; partitioned?: boolean } = {}): SequentialSpec<Registers> {
  const initial = options.initial ?? null;
  return {
    init: () => ({}),
    step(state, call) {
      const key = keyOf(call);
      const current = Object.hasOwn(state, key) ? state[key]! : initial;
      switch (call.name) {
        case 'read': return { state, result: current };
        case 'write': return { state: { ...state, [key]: call.args['value'] as RegisterValue }, result: 'ok' };
        case 'cas': {
          if (!sameJson(current, call.args['from'])) return { state, result: false };
          return { state: { ...state, [key]: call.args['to'] as RegisterValue }, result: true };
        }
        default: throw new Error(`registerModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: (state) => JSON.stringify(Object.entries(state).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    ...(options.partitioned && { partition: keyOf }),
  };
}
