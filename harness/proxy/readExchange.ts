import type { OperationSpec, Product, Spec } from '../../spec/index.js';
import { decodeRequest, type DecodedRequest } from '../protocol/index.js';
import type { ProxyAnswer, ProxyExchange } from './ProxyExchange.js';

/** What the client got, in the terms of the behaviour rules. */
export type SeenOutcome = 'success' | 'throttled' | 'client-error' | 'server-error' | 'dropped';

/** An exchange decoded once for judging: the request as the RPC protocol reads it, its operation, the outcome the client saw. */
export interface ReadExchange {
  ex: ProxyExchange;
  decoded?: DecodedRequest;
  /** Why the request could not be decoded (decodeRequest's reason and detail). */
  decodeError?: string;
  product?: Product;
  /** The operation in scope the request calls, if it calls one. */
  op?: OperationSpec;
  outcome: SeenOutcome;
  /** Code of the error the client saw. */
  code?: string;
  /** Code of the upstream's error answer (also when the client never saw it). */
  upstreamCode?: string;
}

export function errorCode(answer: ProxyAnswer | undefined): string | undefined {
  if (!answer || answer.status < 400) return undefined;
  try {
    const body = JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
    const code = body['Code'] ?? body['code'];
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

function outcomeOf(seen: ProxyAnswer | undefined, code: string | undefined): SeenOutcome {
  if (!seen) return 'dropped';
  if (code?.includes('Throttling')) return 'throttled';
  if (seen.status >= 500) return 'server-error';
  if (seen.status >= 400) return 'client-error';
  return 'success';
}

export function readExchange(spec: Spec, ex: ProxyExchange): ReadExchange {
  const code = errorCode(ex.seen);
  const base = { ex, outcome: outcomeOf(ex.dropped === undefined ? ex.seen : undefined, code), ...(code && { code }), ...(errorCode(ex.upstream) && { upstreamCode: errorCode(ex.upstream)! }) };
  const result = decodeRequest({ method: ex.method, url: ex.url, headers: ex.headers, body: ex.body });
  if (!result.ok) return { ...base, decodeError: `${result.reason} (${result.detail})` };
  const decoded = result.request;
  const product = (Object.keys(spec.products) as Product[]).find((p) => spec.products[p].version === decoded.version);
  const op = product ? spec.operations.find((o) => o.product === product && o.operation === decoded.action) : undefined;
  return { ...base, decoded, ...(product && { product }), ...(op && { op }) };
}
