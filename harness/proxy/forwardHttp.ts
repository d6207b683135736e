import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { ProxyAnswer } from './ProxyExchange.js';

const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 256 }), https: new https.Agent({ keepAlive: true, maxSockets: 256 }) };

/** Headers that belong to one connection, not to the request (RFC 9110 §7.6.1); never forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'content-length']);

/** Request headers for the next hop: hop-by-hop ones dropped, repeated values joined, Host kept unless replaced. */
export function forwardHeaders(headers: IncomingHttpHeaders, replace: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return Object.assign(out, replace);
}

/**
 * Sends one request to `base` (http or https, keep-alive) with the given path, headers and body,
 * and resolves with the answer as bytes; rejects with the transport error (no answer).
 */
export function forwardHttp(base: URL, path: string, method: string, headers: Record<string, string>, body: Buffer, timeoutMs = 60_000): Promise<ProxyAnswer> {
  const secure = base.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request({
      protocol: base.protocol, hostname: base.hostname, port: base.port || (secure ? 443 : 80), path, method,
      headers: { ...headers, 'content-length': String(body.length) }, agent: secure ? agents.https : agents.http, timeout: timeoutMs,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 0, headers: out, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => reject(new Error(`${base.host}: ${e.code === 'ECONNREFUSED' ? 'connection refused' : e.message}`)));
    req.end(body);
  });
}
