import { createNonceCache, decodeRequest, errorBody, newRequestId, parseAuthorization, verify, type RawRequest } from '../protocol/index.js';
import { clockOf } from './clockHeader.js';
import { Model, type ModelOptions } from '../model/Model.js';
import type { Outcome } from '../model/outcome.js';
import { seedState, SEED } from '../model/seed.js';
import type { ModelState } from '../model/state.js';
import type { World } from '../model/world/World.js';
import { DEVIATIONS, resolveDeviations, type DeviationName } from './deviations.js';
import { decodeError, INTERNAL_ERROR, NONCE_USED, signatureError, UNKNOWN_VERSION, type ProtocolError } from './protocolErrors.js';

export interface Credential { accessKeyId: string; accessKeySecret: string; accountId: string }

export interface EmulatorOptions extends Omit<ModelOptions, 'deviations' | 'skipChecks'> {
  deviations?: readonly string[];
  credentials?: Credential[];
  state?: ModelState;
  /** A starting world (buildWorld): its state and its accounts' keys, unless state / credentials are given. */
  world?: World;
}

export interface RawResponse { status: number; headers: Record<string, string>; body: string }

/** Header that makes the emulator answer 500 InternalError (fault injection for clients' retry paths). */
export const FAULT_HEADER = 'x-acs-emulator-fault';

/** The body of a 500 InternalError answer without request context. */
export const INTERNAL_ERROR_BODY = JSON.stringify({ RequestId: '', HostId: '', Code: 'InternalError', Message: 'An error occurred while processing your request.', Recommend: '' });

export const DEFAULT_CREDENTIALS: Credential[] = [SEED.main, SEED.peer].map(({ accessKeyId, accessKeySecret, accountId }) => ({ accessKeyId, accessKeySecret, accountId }));

/**
 * The bundled emulator without its transport: decodes a request the way the official SDKs send
 * it, checks the signature and nonce, lets the reference model answer, and writes the Alibaba
 * envelope. The HTTP server and the msw mock both serve it.
 */
export class EmulatorCore {
  readonly model: Model;
  readonly active: ReadonlySet<DeviationName>;
  private readonly keys: Map<string, Credential>;
  /** The key a request is served as when a deviation excuses its signature or key (the first account's). */
  private readonly fallbackKey: string;
  private readonly nonces = createNonceCache();
  private readonly versions: Map<string, 'swas' | 'ecs'>;
  private readonly statusFor: Record<string, number> = {};
  private readonly codeFor: Record<string, string> = {};

  constructor(readonly options: EmulatorOptions = {}) {
    const { active, unknown } = resolveDeviations(options.deviations ?? []);
    if (unknown.length) throw new RangeError(`unknown deviation '${unknown[0]}'`);
    this.active = active;
    const skipChecks = new Set([...active].flatMap((d) => DEVIATIONS[d].skipChecks ?? []));
    for (const d of active) {
      Object.assign(this.statusFor, DEVIATIONS[d].statusFor);
      Object.assign(this.codeFor, DEVIATIONS[d].codeFor);
    }
    this.model = new Model(options.state ?? options.world?.state ?? seedState(), {
      ...options, deviations: active, skipChecks, rateLimits: options.rateLimits !== false && !active.has('rate-limits-off'),
    });
    const credentials = options.credentials ?? (options.world ? [options.world.main, options.world.peer] : DEFAULT_CREDENTIALS);
    this.keys = new Map(credentials.map((c) => [c.accessKeyId, c]));
    this.fallbackKey = credentials[0]!.accessKeyId;
    this.versions = new Map(Object.entries(this.model.spec.products).map(([p, info]) => [info.version, p as 'swas' | 'ecs']));
  }

  private dev(name: DeviationName): boolean {
    return this.active.has(name);
  }

  async handle(raw: RawRequest): Promise<RawResponse> {
    const requestId = newRequestId();
    const hostId = String((raw.headers as Record<string, unknown>)['host'] ?? 'localhost');
    const reply = (product: string, answer: Outcome | ProtocolError) => this.reply(requestId, hostId, product, answer);
    if ((raw.headers as Record<string, unknown>)[FAULT_HEADER] === 'InternalError') return reply('', INTERNAL_ERROR);

    const decoded = decodeRequest(raw);
    if (!decoded.ok) return reply('', decodeError(decoded.reason, decoded.detail));
    const request = decoded.request;
    const product = this.versions.get(request.version);
    if (!product) return reply('', UNKNOWN_VERSION);
    const code = this.model.spec.products[product].code;

    const now = this.model.now();
    const checked = verify(request, { credentials: (id) => this.keys.get(id)?.accessKeySecret, now: () => now });
    let accessKeyId: string | undefined;
    if (checked.ok) accessKeyId = checked.accessKeyId;
    else {
      const claimed = request.signature.scheme === 'v3' ? parseAuthorization(request.signature.authorization)?.accessKeyId
        : request.signature.scheme === 'v2' ? request.signature.accessKeyId : undefined;
      const excused = (checked.reason === 'bad-signature' && this.dev('signature-unchecked'))
        || (checked.reason === 'stale-timestamp' && this.dev('timestamp-unchecked'))
        || (checked.reason === 'unknown-access-key' && this.dev('unknown-key-accepted'));
      if (!excused) return reply(code, signatureError(checked.reason));
      accessKeyId = claimed && this.keys.has(claimed) ? claimed : this.fallbackKey;
    }
    const nonce = checked.ok ? checked.nonce : undefined;
    if (nonce && !this.dev('nonce-unchecked') && this.nonces.seen(`${accessKeyId}:${nonce}`, now)) return reply(code, NONCE_USED);

    const account = this.dev('peer-key-as-main') ? this.keys.get(this.fallbackKey)!.accountId
      : this.keys.get(accessKeyId)?.accountId ?? this.keys.get(this.fallbackKey)!.accountId;
    const timeScale = clockOf(raw.headers as Record<string, unknown>);
    const outcome = await this.model.handle({ product, action: request.action, params: { ...request.params }, accountId: account, ...(timeScale && { timeScale }) });
    if (outcome.kind === 'error' && outcome.code === 'InvalidAction.NotFound' && this.dev('unknown-action-200')) return reply(code, { kind: 'ok', body: {}, rules: [] });
    if (outcome.kind === 'error' && outcome.code.startsWith('Missing') && this.dev('missing-param-500')) return reply(code, INTERNAL_ERROR);
    return reply(code, outcome);
  }

  private reply(requestId: string, hostId: string, product: string, answer: Outcome | ProtocolError): RawResponse {
    const headers = { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId };
    if ('kind' in answer && answer.kind === 'ok') {
      const body = this.dev('success-no-requestid') ? { ...answer.body } : { RequestId: requestId, ...answer.body };
      return { status: 200, headers, body: JSON.stringify(body) };
    }
    const code = this.codeFor[answer.code] ?? answer.code;
    const status = this.statusFor[answer.code] ?? answer.httpStatus;
    const envelope: Record<string, string> = { ...errorBody({ requestId, hostId, code, message: answer.message, product: product || 'OpenAPI' }) };
    if (this.dev('envelope-no-hostid')) delete envelope['HostId'];
    if (this.dev('envelope-no-recommend')) delete envelope['Recommend'];
    if (this.dev('envelope-lowercase-keys')) {
      envelope['code'] = envelope['Code']!;
      envelope['message'] = envelope['Message']!;
      delete envelope['Code'];
      delete envelope['Message'];
    }
    return { status, headers, body: JSON.stringify(envelope) };
  }
}
