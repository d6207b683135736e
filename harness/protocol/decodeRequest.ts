import type { Pair } from './canonicalQuery.js';
import { sha256Hex } from './canonicalRequestV3.js';
import { COMMON_PARAMS } from './commonParams.js';
import { normalizeHeaders, type RawHeaders } from './normalizeHeaders.js';
import { parseUrlEncoded } from './parseUrlEncoded.js';

/** An HTTP request as a server receives it (e.g. from node:http). */
export interface RawRequest {
  method: string;
  /** Request target in origin form: path plus optional ?query, still encoded. */
  url: string;
  headers: RawHeaders;
  body?: Buffer | Uint8Array;
}

export interface DecodeLimits {
  maxUrlLength: number;
  maxHeaderBytes: number;
  maxBodyBytes: number;
  /** Query and form parameters together. */
  maxParams: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxUrlLength: 16 * 1024,
  maxHeaderBytes: 64 * 1024,
  maxBodyBytes: 1024 * 1024,
  maxParams: 1000,
};

/** How the request claims to be signed; verify() checks the claim. */
export type SignatureInfo =
  | { scheme: 'v3'; authorization: string }
  | { scheme: 'v2'; signature: string; accessKeyId: string | undefined }
  | { scheme: 'none' };

export interface DecodedRequest {
  /** Upper-cased. */
  method: string;
  /** Path as received (not decoded), e.g. '/'. */
  path: string;
  /** Lower-cased names (null prototype); repeated array values joined with ', '. */
  headers: Record<string, string>;
  action: string;
  version: string;
  /** Decoded query parameters in wire order, common parameters included. */
  queryPairs: Pair[];
  /** Decoded parameters of an application/x-www-form-urlencoded body, in order. */
  formPairs: Pair[];
  /** Operation parameters from query and form, without common parameters (null prototype). */
  params: Record<string, string>;
  /** Hex SHA-256 of the raw body (of the empty string when there is none). */
  bodySha256: string;
  signature: SignatureInfo;
}

export type DecodeFailure =
  | 'bad-method' | 'bad-url' | 'too-large' | 'bad-percent-encoding' | 'invalid-utf8' | 'empty-name'
  | 'repeated-parameter' | 'missing-action' | 'missing-version' | 'conflicting-action' | 'conflicting-version';

export type DecodeResult =
  | { ok: true; request: DecodedRequest }
  | { ok: false; reason: DecodeFailure; detail: string };

const fail = (reason: DecodeFailure, detail: string): DecodeResult => ({ ok: false, reason, detail });

function isFormBody(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return media === 'application/x-www-form-urlencoded';
}

/**
 * Decodes a request the way the official SDKs send RPC calls. Parameters come
 * from the query string and, when the content type is
 * application/x-www-form-urlencoded, from the body; other bodies are only
 * hashed. A name that appears twice, in the query, the body or across both,
 * is rejected ('repeated-parameter'): the SDKs never repeat a name and the
 * signature would be ambiguous. Action and Version come from the
 * x-acs-action / x-acs-version headers or the Action / Version parameters;
 * when both are present they must agree. Never throws; failures carry a
 * reason and a detail that names, but never quotes, the offending value.
 */
export function decodeRequest(raw: RawRequest, limits: Partial<DecodeLimits> = {}): DecodeResult {
  const max = { ...DEFAULT_DECODE_LIMITS, ...limits };
  if (!/^[A-Za-z]{1,16}$/.test(raw.method)) return fail('bad-method', 'method is not an HTTP token');
  if (raw.url.length > max.maxUrlLength) return fail('too-large', `URL longer than ${max.maxUrlLength}`);
  if (!/^\/[\x21-\x7e]*$/.test(raw.url) || raw.url.includes('#')) {
    return fail('bad-url', 'URL must be origin-form printable ASCII without a fragment');
  }
  const { headers, bytes } = normalizeHeaders(raw.headers);
  if (bytes > max.maxHeaderBytes) return fail('too-large', `headers larger than ${max.maxHeaderBytes}`);
  const body = raw.body ?? Buffer.alloc(0);
  if (body.length > max.maxBodyBytes) return fail('too-large', `body larger than ${max.maxBodyBytes}`);

  const q = raw.url.indexOf('?');
  const query = parseUrlEncoded(q < 0 ? '' : raw.url.slice(q + 1), max.maxParams);
  if (!query.ok) return fail(query.reason, `query: ${query.detail}`);
  const formText = isFormBody(headers['content-type']) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1') : '';
  const form = parseUrlEncoded(formText, max.maxParams - query.pairs.length);
  if (!form.ok) return fail(form.reason, `body: ${form.detail}`);

  const all = new Map<string, string>();
  const params: Record<string, string> = Object.create(null);
  for (const [name, value] of [...query.pairs, ...form.pairs]) {
    if (all.has(name)) return fail('repeated-parameter', name.slice(0, 64));
    all.set(name, value);
    if (!COMMON_PARAMS.has(name)) params[name] = value;
  }

  const ids: string[] = [];
  for (const [header, param, what] of [['x-acs-action', 'Action', 'action'], ['x-acs-version', 'Version', 'version']] as const) {
    const fromHeader = headers[header]?.trim() || undefined;
    const fromParam = all.get(param) || undefined;
    if (fromHeader && fromParam && fromHeader !== fromParam) {
      return fail(`conflicting-${what}`, `${header} header and ${param} parameter differ`);
    }
    const value = fromHeader ?? fromParam;
    if (!value) return fail(`missing-${what}`, `no ${header} header or ${param} parameter`);
    ids.push(value);
  }

  const authorization = headers['authorization'];
  const v2Signature = all.get('Signature');
  const signature: SignatureInfo = authorization
    ? { scheme: 'v3', authorization }
    : v2Signature !== undefined
      ? { scheme: 'v2', signature: v2Signature, accessKeyId: all.get('AccessKeyId') }
      : { scheme: 'none' };

  return {
    ok: true,
    request: {
      method: raw.method.toUpperCase(),
      path: q < 0 ? raw.url : raw.url.slice(0, q),
      headers,
      action: ids[0] ?? '',
      version: ids[1] ?? '',
      queryPairs: query.pairs,
      formPairs: form.pairs,
      params,
      bodySha256: sha256Hex(body),
      signature,
    },
  };
}
