import { getSpec, type OperationSpec, type Spec } from '../../spec/index.js';
import { handlers } from './ops/index.js';
import type { ModelDeviation } from './modelDeviations.js';
import type { OpContext } from './OpContext.js';
import type { Outcome } from './outcome.js';
import { checkRate } from './rateLimit.js';
import { replayToken, storeToken, tokenKey } from './clientTokens.js';
import { OneAtATime } from './OneAtATime.js';
import type { ModelState } from './state.js';
import { validateParams } from './validateParams.js';

export interface ModelOptions {
  /** Model clock in ms (default Date.now). */
  now?: () => number;
  /** Multiplies asynchronous delays and rate windows (0.01 makes a 60 s window 0.6 s). */
  timeScale?: number;
  rateLimits?: boolean;
  /** Unscaled asynchronous delays in ms. */
  delays?: { snapshotMs: number; imageMs: number };
  deviations?: ReadonlySet<string>;
  /** Parameter rule ids whose checks are switched off. */
  skipChecks?: ReadonlySet<string>;
}

export interface ModelRequest {
  product: 'swas' | 'ecs';
  action: string;
  /** Operation parameters by wire name (common and signature parameters removed). */
  params: Record<string, string>;
  accountId: string;
  /** This call's time scale for rate windows, where the caller owns the clock (else the model's own). */
  timeScale?: number;
}

/** The reference model: the executable reading of the docs. One instance holds one cloud's state. */
export class Model {
  readonly spec: Spec = getSpec();
  private readonly ops = new Map(this.spec.operations.map((o) => [`${o.product}.${o.operation}`, o]));
  /** Same-ClientToken calls in flight: the second waits for the first's outcome, as if it had come later. */
  private readonly tokenTurns = new OneAtATime();

  constructor(readonly state: ModelState, private readonly options: ModelOptions = {}) {}

  now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The documented outcome of one request. */
  async handle(req: ModelRequest): Promise<Outcome> {
    const op = this.ops.get(`${req.product}.${req.action}`);
    if (!op) return { kind: 'error', httpStatus: 404, code: 'InvalidAction.NotFound', message: `Specified api is not found, please check your url and method.`, rules: ['acs.protocol.UnknownAction'] };
    const account = this.state.accounts.get(req.accountId);
    if (!account) return { kind: 'error', httpStatus: 404, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.', rules: ['acs.protocol.UnknownAccessKey'] };
    const now = this.now();
    const scale = req.timeScale ?? this.options.timeScale ?? 1;

    if (this.options.rateLimits !== false) {
      const throttled = checkRate(this.state, op, req.accountId, now, scale);
      if (throttled) return throttled;
    }
    const { values, error } = validateParams(op, req.params, this.options.skipChecks);
    if (error) return error;
    const token = typeof values['ClientToken'] === 'string' && op.clientToken && op.effect !== 'read' && !this.dev('client-token-ignored') ? values['ClientToken'] : undefined;
    const handler = handlers[`${op.product}.${op.operation}`];
    if (!handler) throw new Error(`no model handler for ${op.product}.${op.operation}`);
    // A caller's clock sets the rate windows; asynchronous delays keep the model's own scale, so a
    // suite that needs to see an image Creating still can.
    const perform = async () => handler(this.context(op, account, String(values['RegionId'] ?? ''), now, this.options.timeScale ?? 1), values);
    if (!token) return perform();
    // The token is looked up and taken in one step; its outcome is stored before the next same-token call looks.
    return this.tokenTurns.run(tokenKey(op, req, token), async () => {
      const replay = replayToken(this.state, op, req, token, this.dev('client-token-mismatch-ignored'), this.idempotenceRules(op));
      // Only successes are stored: an error here is the mismatch refusal.
      if (replay && this.dev(replay.kind === 'error' ? 'token-mismatch-applied' : 'token-replay-reapplied')) await perform();
      if (replay) return replay;
      const outcome = await perform();
      if (outcome.kind === 'ok') storeToken(this.state, op, req, token, outcome, now);
      return outcome;
    });
  }

  private readonly idempotence = new Map<string, string[]>();
  /** The catalogue's same-token-same-result rules of an operation. */
  private idempotenceRules(op: OperationSpec): string[] {
    const key = `${op.product}.${op.operation}`;
    let ids = this.idempotence.get(key);
    if (!ids) {
      ids = this.spec.rules.filter((r) => r.kind === 'idempotence' && r.operations[0] === key && !/Mismatch|Conflict|NotMatch/.test(r.id)).map((r) => r.id);
      this.idempotence.set(key, ids);
    }
    return ids;
  }

  dev(name: ModelDeviation): boolean {
    return this.options.deviations?.has(name) ?? false;
  }

  private context(op: OperationSpec, account: OpContext['account'], regionId: string, now: number, delayScale: number): OpContext {
    const delays = this.options.delays ?? { snapshotMs: 300, imageMs: 300 };
    const find = (operation: string, code: string) => {
      const [product, name] = operation.split('.');
      const owner = this.spec.operations.find((o) => o.product === product && o.operation === name);
      const e = owner?.errors.find((x) => x.code === code);
      if (!owner || !e) throw new Error(`model bug: ${code} is not a documented error of ${operation}`);
      return e;
    };
    const state = this.state;
    return {
      spec: this.spec, op, state, account, regionId, now,
      delays: { snapshotMs: delays.snapshotMs * delayScale, imageMs: delays.imageMs * delayScale },
      dev: (name) => this.dev(name),
      fail: (code, ...rules) => {
        const e = find(`${op.product}.${op.operation}`, code);
        return { kind: 'error', httpStatus: e.httpStatus, code, message: e.message, rules: [`${op.product}.${op.operation}.error.${code}`, ...rules] };
      },
      failAs: (operation, code, ...rules) => {
        const e = find(operation, code);
        return { kind: 'error', httpStatus: e.httpStatus, code, message: e.message, rules };
      },
      newId: (prefix) => `${prefix}${(++state.seq).toString(36).padStart(6, '0')}${Math.random().toString(36).slice(2, 10)}`,
      iso: (ms = now) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      yieldFor: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
  }
}
