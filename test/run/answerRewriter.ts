import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Rewrite = (action: string, status: number, text: string) => { status: number; text: string } | undefined;

/**
 * A loopback proxy in front of an emulator that passes requests through unchanged (their
 * signatures still verify) and lets `rewrite` change the answers of chosen actions: a target that
 * refuses where the emulator accepts, or with another code. Closes itself after `lifetimeMs`.
 */
export async function answerRewriter(upstream: string, rewrite: Rewrite, lifetimeMs = 120_000): Promise<{ url: string; stop: () => Promise<void> }> {
  const to = new URL(upstream);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const out = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        const body: Buffer[] = [];
        up.on('data', (c: Buffer) => body.push(c));
        up.on('end', () => {
          const text = Buffer.concat(body).toString('utf8');
          const changed = rewrite(String(req.headers['x-acs-action'] ?? ''), up.statusCode ?? 0, text) ?? { status: up.statusCode ?? 0, text };
          res.writeHead(changed.status, { 'content-type': 'application/json' }).end(changed.text);
        });
      });
      out.on('error', () => res.writeHead(502).end());
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const stop = () => new Promise<void>((resolve) => { clearTimeout(timer); server.closeAllConnections(); server.close(() => resolve()); });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
}
