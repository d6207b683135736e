import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer { status: number; headers: Record<string, string>; text: string }

const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/** Why a request got no HTTP answer (network family of tool errors, never a verdict). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(message: string, readonly code: string) { super(message); }
}

/** One HTTP exchange over a keep-alive connection; resolves with the answer or rejects with TransportError. */
export function send(url: string, init: { method: string; headers: Record<string, string>; body?: Buffer | string; timeoutMs?: number }): Promise<HttpAnswer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    // Looked up at call time, so an in-process interceptor (the msw mock) sees the request.
    const req = (secure ? https.request : http.request)(target, {
      method: init.method, headers: { ...init.headers, 'content-length': String(init.body ? Buffer.byteLength(init.body) : 0) },
      agent: secure ? agents.https : agents.http, timeout: init.timeoutMs ?? 10_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')])),
        text: Buffer.concat(chunks).toString('utf8'),
      }));
      res.on('error', (e: NodeJS.ErrnoException) => reject(new TransportError(`${target.host}: ${e.message}`, e.code ?? 'EIO')));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${init.timeoutMs ?? 10_000} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => reject(new TransportError(`${target.host}: ${e.code === 'ECONNREFUSED' ? 'connection refused' : e.message}`, e.code ?? 'EIO')));
    req.end(init.body);
  });
}
