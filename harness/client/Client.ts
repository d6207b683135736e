import { EMULATOR_CLOCK_HEADER } from '../emulator/clockHeader.js';
import { account, waitBooked } from '../run/timeAccount.js';
import { traceCall } from '../run/callTrace.js';
import { randomUUID } from 'node:crypto';
import type { OperationSpec, Spec } from '../../spec/index.js';
import type { ParamValue } from '../protocol/index.js';
import { ToolError } from '../errors/ToolError.js';
import type { Credentials } from '../targets/Profile.js';
import type { Exchange } from '../verdicts/Verdict.js';
import type { Ledger } from '../safety/Ledger.js';
import { checkMaxCreates } from './checkMaxCreates.js';
import { ledgerEvents } from './ledgerEvents.js';
import { Pacer } from './Pacer.js';
import { redactParams } from './redact.js';
import { send, TransportError } from './send.js';
import { signedRequest } from './signedRequest.js';

export interface ClientOptions {
  spec: Spec;
  endpoints: { swas: string; ecs: string };
  region: string;
  /**
   * Endpoints of other regions, for calls whose RegionId names one (the real cloud serves each
   * region at its own endpoints); a region not listed is called at `endpoints`.
   */
  regionEndpoints?: Record<string, { swas: string; ecs: string }>;
  accounts: { main: Credentials; peer?: Credentials };
  /** Pace calls under each operation's documented rate (the target enforces it). */
  pacing: boolean;
  /** Factor on documented windows and on backoff (an emulator's time scale). */
  timeScale?: number;
  retries?: number;
  runId?: string;
  ledger?: Ledger;
  /** Creates the run may make in all (--max-creates), counted in the ledger: a create past them is not sent (OutsideBudget). */
  maxCreates?: number;
  /** Sees every exchange (redacted), e.g. to keep evidence. */
  onExchange?: (e: Exchange) => void;
  /** Lets the protocol suite call actions outside the spec (never against the real cloud). */
  allowUnknownActions?: boolean;
  /**
   * The harness owns the target's clock (the bundled emulator): every call tells it the time scale
   * this client runs at (EMULATOR_CLOCK_HEADER), so each suite gets its own.
   */
  ownsClock?: boolean;
}

export interface CallOptions {
  as?: 'main' | 'peer';
  signature?: 'v3' | 'v2';
  /** false: one attempt, no retry (negative tests, rate-limit tests). */
  retry?: boolean;
  pace?: boolean;
  /** Protocol tests: sign with other credentials, a fixed date or nonce. */
  credentials?: Credentials;
  date?: number;
  nonce?: string;
  /** The answer serves the worker's later tests too (the servers discovered): a plan counts the call once per suite. */
  perSuite?: boolean;
  /** The call probes a refusal of this rule: what it creates, the target wrongly accepted (the ledger says so). */
  refusalOf?: string;
}

export interface CallResult {
  status: number;
  /** Parsed JSON body; undefined when the answer was not JSON. */
  body: Record<string, unknown> | undefined;
  text: string;
  exchange: Exchange;
  attempts: number;
}


/**
 * The harness's client: signs V3 (V2 on request) over keep-alive connections, paces calls under
 * the documented rates, retries throttling, 5xx and network errors with backoff and jitter
 * (reusing the ClientToken of a create), records every exchange with secrets redacted, and writes
 * created resources to the ledger before returning.
 */
export class Client {
  private readonly pacer = new Pacer();
  private readonly ops: Map<string, OperationSpec>;

  constructor(readonly options: ClientOptions) {
    this.ops = new Map(options.spec.operations.map((o) => [`${o.product}.${o.operation}`, o]));
  }

  async call(product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>, opts: CallOptions = {}): Promise<CallResult> {
    const op = this.ops.get(`${product}.${action}`);
    if (!op && !this.options.allowUnknownActions) throw new ToolError(`client: ${product}.${action} is not an operation in scope`);
    const full: Record<string, ParamValue> = { RegionId: this.options.region, ...params };
    if (op?.clientToken && op.effect === 'create' && full['ClientToken'] === undefined && opts.retry !== false) full['ClientToken'] = randomUUID();
    // A request that already carries tags (a replayed one, flattened: Tag.1.Key) keeps its own.
    const tagged = full['Tag'] !== undefined || Object.keys(full).some((k) => k.startsWith('Tag.'));
    if (op?.effect === 'create' && this.options.runId && op.parameters.some((p) => p.name === 'Tag') && !tagged) {
      full['Tag'] = [{ Key: 'acs-conformance-run', Value: this.options.runId }];
    }
    const credentials = opts.credentials ?? (opts.as === 'peer' ? this.options.accounts.peer : this.options.accounts.main);
    if (!credentials) throw new ToolError('client: the profile has no peer account (field peer)');
    if (op?.effect === 'create') checkMaxCreates(this.options.maxCreates, this.options.ledger, `${product}.${action}`);
    const scale = this.options.timeScale ?? 1;
    const retries = opts.retry === false ? 0 : (this.options.retries ?? 3);

    for (let attempt = 0; ; attempt++) {
      const qps = op?.limits?.qps;
      const paced = opts.pace !== false;
      if (qps && this.options.pacing && paced) {
        await this.pacer.wait(`${credentials.accessKeyId}|${product}.${action}`, qps.calls, qps.perSeconds * 1000 * scale);
      }
      const endpoint = this.endpointOf(product, String(full['RegionId']));
      const req = signedRequest({ endpoint, ...credentials },
        { action, version: this.options.spec.products[product].version, params: full, signature: opts.signature ?? 'v3', ...(opts.date !== undefined && { date: opts.date }), ...(opts.nonce !== undefined && { nonce: opts.nonce }) });
      const startedAt = Date.now();
      let answer;
      try {
        const headers = this.options.ownsClock ? { ...req.headers, [EMULATOR_CLOCK_HEADER]: String(scale) } : req.headers;
        answer = await send(req.url, { method: req.method, headers });
        account('callsMs', Date.now() - startedAt);
      } catch (error) {
        traceCall(`${product}.${action}`, { paced, created: false, perSuite: opts.perSuite ?? false });
        if (error instanceof TransportError && attempt < retries) {
          await waitBooked('backoffMs', this.backoff(attempt, scale));
          continue;
        }
        throw error;
      }
      let body: Record<string, unknown> | undefined;
      try {
        const parsed: unknown = JSON.parse(answer.text);
        body = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
      } catch { body = undefined; }
      const exchange: Exchange = {
        product, action, params: redactParams(req.query), signature: opts.signature ?? 'v3',
        status: answer.status, body: body ?? answer.text.slice(0, 2000), startedAt, endedAt: Date.now(),
      };
      this.options.onExchange?.(exchange);
      const events = answer.status === 200 && body ? ledgerEvents(product, action, full, body) : [];
      traceCall(`${product}.${action}`, { paced, created: events.some((e) => e.event === 'created'), perSuite: opts.perSuite ?? false });
      const throttled = typeof body?.['Code'] === 'string' && (body['Code'] as string).includes('Throttling');
      if ((throttled || answer.status >= 500) && attempt < retries) {
        const after = Number(answer.headers['x-acs-retry-after']);
        await waitBooked('backoffMs', Number.isFinite(after) && after > 0 ? Math.min(after * 1000, 60_000) : this.backoff(attempt, scale));
        continue;
      }
      if (this.options.ledger && this.options.runId) {
        // What a create made is deleted later in its region, by the account that made it.
        const account = opts.as === 'peer' ? 'peer' : 'main';
        for (const e of events) {
          this.options.ledger.record({ ...e, runId: this.options.runId, region: String(full['RegionId']), account, endpoint: this.options.endpoints[product],
            ...(opts.refusalOf && e.event === 'created' && { refusalOf: opts.refusalOf }) });
        }
      }
      return { status: answer.status, body, text: answer.text, exchange, attempts: attempt + 1 };
    }
  }

  /** Where a call to `region` goes: that region's endpoint when the client knows one, else the profile's. */
  private endpointOf(product: 'swas' | 'ecs', region: string): string {
    return this.options.regionEndpoints?.[region]?.[product] ?? this.options.endpoints[product];
  }

  /** Exponential backoff with equal jitter, scaled with the target's time scale. */
  private backoff(attempt: number, scale: number): number {
    const base = Math.max(10, 500 * scale) * 2 ** attempt;
    return Math.min(base, 30_000) * (0.5 + Math.random() / 2);
  }
}
