import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_DECODE_LIMITS, errorBody, newRequestId } from '../protocol/index.js';
import { EmulatorCore, INTERNAL_ERROR_BODY, type EmulatorOptions } from './EmulatorCore.js';

export interface ServeOptions extends EmulatorOptions {
  host?: string;
  /** 0 (default) picks an ephemeral port. */
  port?: number;
}

export interface RunningEmulator {
  url: string;
  port: number;
  core: EmulatorCore;
  close(): Promise<void>;
}

const MAX_BODY = DEFAULT_DECODE_LIMITS.maxBodyBytes;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY + 1) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
  });
}

/** Starts the bundled emulator on loopback (keep-alive HTTP/1.1); resolves once it listens. */
export async function startEmulator(options: ServeOptions = {}): Promise<RunningEmulator> {
  const core = new EmulatorCore(options);
  const server = createServer({ keepAliveTimeout: 30_000, requestTimeout: 30_000 }, (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      let answer;
      try {
        answer = await core.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: body ?? Buffer.alloc(0) });
      } catch (error) {
        // A bug of ours: answer like the service would, and say so once on stderr.
        process.stderr.write(`emulator: internal error: ${(error as Error).message}\n`);
        answer = { status: 500, headers: { 'content-type': 'application/json;charset=utf-8' }, body: INTERNAL_ERROR_BODY };
      }
      if (res.destroyed) return;
      res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
      res.end(answer.body);
    })();
  });
  server.on('clientError', (_error, socket) => {
    // Bytes node:http cannot parse as HTTP still get the Alibaba envelope.
    if (!socket.writable) return;
    const requestId = newRequestId();
    const body = JSON.stringify(errorBody({ requestId, hostId: 'localhost', code: 'InvalidParameter', message: 'The request is not well-formed HTTP.', product: 'OpenAPI' }));
    socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json;charset=utf-8\r\nx-acs-request-id: ${requestId}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`, port, core,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
