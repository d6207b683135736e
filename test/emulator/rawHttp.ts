import { connect } from 'node:net';

/** Sends raw bytes to host:port and parses the HTTP answer (status, body); for malformed-input tests. */
export function rawHttp(port: number, bytes: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => { socket.destroy(); reject(new Error('no answer within 10 s')); }, 10_000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => { /* a reset after the answer is fine */ });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(bytes);
    socket.end();
  });
}

/** A raw request line plus headers (connection: close), with an optional body. */
export function rawRequest(method: string, target: Buffer | string, headers: Record<string, string> = {}, body: Buffer | string = ''): Buffer {
  const head = Object.entries({ host: '127.0.0.1', connection: 'close', 'content-length': String(Buffer.byteLength(body)), ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`).join('');
  return Buffer.concat([Buffer.from(`${method} `), Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'), Buffer.from(` HTTP/1.1\r\n${head}\r\n`), Buffer.from(body)]);
}
