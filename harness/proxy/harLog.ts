import { STATUS_CODES } from 'node:http';
import { isSecretHeader, isSecretParam, REDACTED, scrub } from '../client/redact.js';
import { encode } from '../protocol/index.js';
import type { ProxyAnswer, ProxyExchange } from './ProxyExchange.js';

type NameValue = { name: string; value: string };

const safeDecode = (s: string) => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; } };

/** A query string with the values of secret parameters (Signature, SecurityToken, …) replaced, the rest untouched. */
function redactQuery(query: string): { text: string; pairs: NameValue[] } {
  const pairs: NameValue[] = [];
  const parts = query === '' ? [] : query.split('&').map((part) => {
    const eq = part.indexOf('=');
    const name = safeDecode(eq < 0 ? part : part.slice(0, eq));
    const secret = isSecretParam(name);
    pairs.push({ name, value: secret ? REDACTED : safeDecode(eq < 0 ? '' : part.slice(eq + 1)) });
    return secret ? `${part.slice(0, eq < 0 ? part.length : eq)}=${encode(REDACTED)}` : part;
  });
  return { text: parts.join('&'), pairs };
}

function headerList(raw: string[]): NameValue[] {
  const out: NameValue[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push({ name: raw[i]!, value: isSecretHeader(raw[i]!) ? REDACTED : raw[i + 1]! });
  return out;
}

function response(answer: ProxyAnswer) {
  const text = answer.body.toString('utf8');
  return {
    status: answer.status, statusText: STATUS_CODES[answer.status] ?? '', httpVersion: 'HTTP/1.1', cookies: [],
    headers: Object.entries(answer.headers).map(([name, value]) => ({ name, value })),
    content: { size: answer.body.length, mimeType: answer.headers['content-type'] ?? 'application/octet-stream', text },
    redirectURL: '', headersSize: -1, bodySize: answer.body.length,
  };
}

function entry(ex: ProxyExchange) {
  const q = ex.url.indexOf('?');
  const query = redactQuery(q < 0 ? '' : ex.url.slice(q + 1));
  const host = String(ex.headers.host ?? 'localhost');
  const contentType = String(ex.headers['content-type'] ?? '');
  const form = contentType.startsWith('application/x-www-form-urlencoded');
  const bodyText = form ? redactQuery(ex.body.toString('latin1')).text : ex.body.toString('utf8');
  const time = Math.max(0, ex.endedAt - ex.startedAt);
  const answered = ex.seen && ex.dropped === undefined;
  return {
    startedDateTime: new Date(ex.startedAt).toISOString(), time,
    request: {
      method: ex.method, url: `http://${host}${q < 0 ? ex.url : `${ex.url.slice(0, q)}?${query.text}`}`, httpVersion: `HTTP/${ex.httpVersion}`,
      cookies: [], headers: headerList(ex.rawHeaders), queryString: query.pairs, headersSize: -1, bodySize: ex.body.length,
      ...(ex.body.length && { postData: { mimeType: contentType || 'application/octet-stream', text: bodyText, ...(form && { params: redactQuery(ex.body.toString('latin1')).pairs }) } }),
    },
    response: answered ? response(ex.seen!) : {
      status: 0, statusText: '', httpVersion: '', cookies: [], headers: [], content: { size: 0, mimeType: 'x-unknown' },
      redirectURL: '', headersSize: -1, bodySize: -1, _error: ex.dropped ?? 'no answer',
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: time, receive: 0 },
    _exchange: ex.index,
    ...(ex.fault && { _fault: ex.fault }),
    ...(ex.latencyMs && { _latencyMs: ex.latencyMs }),
    ...(ex.upstream && !answered && { _upstreamResponse: response(ex.upstream) }),
    ...(ex.upstreamError && { _upstreamError: ex.upstreamError }),
  };
}

/**
 * The traffic as HAR 1.2 (opens in a browser's devtools): one entry per exchange with the request
 * as received and what the client got. Secrets are redacted (Authorization and token headers,
 * Signature and token parameters) and, last line of defence, every known secret is scrubbed from
 * the text. Proxy-specific fields start with `_`, as HAR allows: the fault injected, the latency
 * added, the upstream's answer when the client saw none.
 */
export function harLog(exchanges: readonly ProxyExchange[], creator: { name: string; version: string }, secrets: readonly string[]): string {
  const log = { log: { version: '1.2', creator, entries: exchanges.map(entry), comment: 'acs-conformance proxy: requests as the client sent them (secrets redacted), answers as the client got them' } };
  return scrub(`${JSON.stringify(log, null, 2)}\n`, secrets);
}
