import { randomBytes } from 'node:crypto';
import { buildV2Params, buildV3Headers, encode, flatten, formatTimestamp, signV2, signV3, type Pair, type ParamValue } from '../protocol/index.js';

export interface CallTarget {
  /** Base URL of the endpoint, e.g. `http://127.0.0.1:8080` or `https://swas.cn-hangzhou.aliyuncs.com`. */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface CallInput {
  action: string;
  version: string;
  /** Structured parameters; flattened like the official SDK does (Tag.1.Key, AddAccount.1). */
  params: { readonly [name: string]: ParamValue };
  signature?: 'v3' | 'v2';
  /** Overrides for protocol tests: a fixed date (ms), a fixed nonce. */
  date?: number;
  nonce?: string;
}

export interface SignedRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  /** The wire parameters, for evidence (no signature in them for V3). */
  query: Pair[];
}

const queryString = (pairs: Pair[]) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');

/**
 * A request signed the way the official SDKs send it: `POST /`, every parameter in the query,
 * no body; V3 puts the action in `x-acs-action` and signs in `Authorization`, V2 adds the
 * common parameters and a `Signature` query parameter.
 */
export function signedRequest(target: CallTarget, input: CallInput): SignedRequest {
  const base = new URL(target.endpoint);
  const nonce = input.nonce ?? randomBytes(32).toString('hex');
  const date = formatTimestamp(input.date ?? Date.now());
  const params = flatten(input.params);
  if (input.signature === 'v2') {
    const common = buildV2Params({ action: input.action, version: input.version, accessKeyId: target.accessKeyId, timestamp: date, nonce });
    const { signedParams } = signV2({ method: 'POST', params: [...common, ...params], accessKeySecret: target.accessKeySecret });
    return {
      url: `${base.origin}/?${queryString([...signedParams])}`, method: 'POST',
      headers: { host: base.host, 'x-acs-action': input.action, 'x-acs-version': input.version }, query: params,
    };
  }
  const headers = buildV3Headers({ host: base.host, action: input.action, version: input.version, date, nonce });
  const signed = signV3({ method: 'POST', path: '/', query: params, headers, accessKeyId: target.accessKeyId, accessKeySecret: target.accessKeySecret });
  return { url: `${base.origin}/?${queryString(params)}`, method: 'POST', headers: { ...headers, ...signed.headers }, query: params };
}
