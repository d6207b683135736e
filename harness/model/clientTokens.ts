import type { OperationSpec } from '../../spec/index.js';
import type { ModelRequest } from './Model.js';
import type { Outcome } from './outcome.js';
import type { ModelState } from './state.js';

const MAX_TOKENS = 100_000;

/** The key of a token: per account and operation. */
export const tokenKey = (op: OperationSpec, req: ModelRequest, token: string) => `${req.accountId}|${op.product}.${op.operation}|${token}`;
const fingerprint = (params: Record<string, string>) =>
  JSON.stringify(Object.entries(params).filter(([k]) => k !== 'ClientToken').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** What a reused token with other parameters produces, per product (SWAS documents none: ECS's general code). */
function mismatch(op: OperationSpec): Outcome {
  if (op.product === 'ecs') {
    const e = op.errors.find((x) => x.code === 'IdempotenceParamNotMatch');
    if (e) return { kind: 'error', httpStatus: e.httpStatus, code: e.code, message: e.message, rules: [`ecs.${op.operation}.error.${e.code}`, `ecs.${op.operation}.idempotence.ClientTokenMismatch`] };
    return { kind: 'error', httpStatus: 400, code: 'IdempotentParameterMismatch', message: 'The specified clientToken is used with different parameters.', rules: [] };
  }
  return {
    kind: 'error', httpStatus: 400, code: 'IdempotentParameterMismatch', message: 'The specified clientToken is used with different parameters.',
    rules: op.operation === 'CreateCustomImage' ? ['swas.idempotence.ClientTokenMismatch'] : [],
  };
}

/** The first call's outcome for a reused token with the same parameters, or the mismatch error. */
export function replayToken(state: ModelState, op: OperationSpec, req: ModelRequest, token: string, ignoreMismatch: boolean, sameResultRules: string[]): Outcome | undefined {
  const entry = state.tokens.get(tokenKey(op, req, token));
  if (!entry) return undefined;
  if (entry.fingerprint !== fingerprint(req.params) && !ignoreMismatch) return mismatch(op);
  const first = entry.outcome;
  return first.kind === 'ok' ? { kind: 'ok', body: structuredClone(first.body), rules: [...first.rules, ...sameResultRules] } : first;
}

export function storeToken(state: ModelState, op: OperationSpec, req: ModelRequest, token: string, outcome: Outcome, now: number): void {
  if (state.tokens.size >= MAX_TOKENS) {
    const oldest = state.tokens.keys().next().value;
    if (oldest !== undefined) state.tokens.delete(oldest);
  }
  state.tokens.set(tokenKey(op, req, token), { fingerprint: fingerprint(req.params), outcome, at: now });
}
