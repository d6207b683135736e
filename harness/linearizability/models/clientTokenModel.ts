import type { Call } from '../Operation.js';
import type { SequentialSpec } from '../SequentialSpec.js';
import { sameJson } from './sameJson.js';

/** The image each ClientToken created: its id, or '?' while only an unanswered create made it. */
type Tokens = Readonly<Record<string, string>>;

const UNSEEN = '?';
const tokenOf = (call: Call) => String(call.args['token']);
const idOf = (observed: unknown) => {
  const id = observed && typeof observed === 'object' ? (observed as Record<string, unknown>)['imageId'] : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Creates with a ClientToken (each token used with one set of parameters): the first
 * `create {token}` makes an image and answers `{ imageId }` with a fresh id (any id: the model
 * takes the observed one), every later one answers the same id; `count {token}` → how many
 * images the token made (0 or 1). Tokens are independent: checked per token.
 */
export function clientTokenModel(): SequentialSpec<Tokens> {
  return {
    init: () => ({}),
    step(state, call, observed) {
      const token = tokenOf(call);
      const known = state[token];
      switch (call.name) {
        case 'create': {
          if (known !== undefined && known !== UNSEEN) return { state, result: { imageId: known } };
          const id = idOf(observed) ?? UNSEEN;
          return { state: { ...state, [token]: id }, result: { imageId: id } };
        }
        case 'count': return { state, result: known === undefined ? 0 : 1 };
        default: throw new Error(`clientTokenModel: unknown call ${call.name}`);
      }
    },
    equal: sameJson,
    key: (state) => JSON.stringify(Object.entries(state).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    partition: tokenOf,
  };
}
