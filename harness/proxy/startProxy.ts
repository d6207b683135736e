import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getSpec } from '../../spec/index.js';
import { seededRandom } from '../linearizability/seededRandom.js';
import { BAD_GATEWAY, faultAnswer, INTERNAL, THROTTLED } from './faultAnswer.js';
import { chooseFault, NO_FAULTS, type FaultPlan } from './FaultPlan.js';
import { preciseNow, type ProxyAnswer, type ProxyExchange } from './ProxyExchange.js';
import type { Upstream } from './Upstream.js';

export interface ProxyOptions {
  upstream: Upstream;
  host?: string;
  /** 0 (default): an ephemeral port. */
  port?: number;
  faults?: FaultPlan;
  /** Seed of the fault draws (one draw per request, in arrival order). */
  seed?: number;
}

export interface RunningProxy {
  url: string;
  port: number;
  upstream: Upstream;
  /** Every exchange so far, in arrival order. */
  exchanges: ProxyExchange[];
  /** Stops listening, waits for the exchanges in flight, closes idle connections. */
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const spec = getSpec();
const productOf = (version: string | string[] | undefined) =>
  (Object.entries(spec.products).find(([, info]) => info.version === version)?.[0]) as 'swas' | 'ecs' | undefined;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => { size += c.length; if (size <= MAX_BODY) chunks.push(c); });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * The conformance proxy's HTTP side: every request is recorded, maybe delayed or faulted as the
 * plan says, sent on to the upstream, and the upstream's answer returned unchanged. Judging
 * happens later, from the recorded exchanges (judgeTraffic), so it adds nothing to a call's time.
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const plan = options.faults ?? NO_FAULTS;
  const random = seededRandom(options.seed ?? 1);
  const exchanges: ProxyExchange[] = [];
  const inFlight = new Set<Promise<void>>();

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = preciseNow();
    const body = await readBody(req);
    const ex: ProxyExchange = {
      index: exchanges.length, startedAt, endedAt: startedAt, method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers,
      rawHeaders: req.rawHeaders, httpVersion: req.httpVersion, body, latencyMs: plan.latencyMs,
    };
    exchanges.push(ex);
    const fault = chooseFault(plan, random.next());
    if (fault) ex.fault = fault;
    res.on('close', () => { if (!res.writableFinished && ex.dropped === undefined) ex.dropped = 'the client closed the connection before the answer'; });
    if (plan.latencyMs) await sleep(plan.latencyMs);
    const product = productOf(req.headers['x-acs-version']) ?? productOf(new URLSearchParams(ex.url.split('?')[1] ?? '').get('Version') ?? undefined);
    const hostId = String(req.headers.host ?? 'localhost');
    const code = product ? spec.products[product].code : 'OpenAPI';
    let answer: ProxyAnswer;
    if (fault === 'throttle') answer = faultAnswer(THROTTLED, hostId, code);
    else if (fault === '5xx') answer = faultAnswer(INTERNAL, hostId, code);
    else {
      try {
        answer = ex.upstream = await options.upstream.forward({ method: ex.method, url: ex.url, headers: req.headers, body }, product);
      } catch (error) {
        ex.upstreamError = (error as Error).message;
        answer = faultAnswer(BAD_GATEWAY, hostId, code);
      }
    }
    ex.endedAt = preciseNow();
    if (res.destroyed) return;
    if (fault === 'reset-after-commit') {
      ex.dropped = 'reset-after-commit: the upstream executed the call; the client saw the connection drop';
      const socket = req.socket as Socket & { resetAndDestroy?: () => void };
      if (socket.resetAndDestroy) socket.resetAndDestroy();
      else socket.destroy();
      return;
    }
    ex.seen = answer;
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
    res.end(answer.body);
  }

  const server = createServer({ keepAliveTimeout: 30_000, requestTimeout: 120_000 }, (req, res) => {
    const done = serve(req, res).catch((error: unknown) => {
      process.stderr.write(`proxy: internal error: ${(error as Error).message}\n`);
      if (!res.headersSent && !res.destroyed) { res.statusCode = 502; res.end(); }
    }).finally(() => inFlight.delete(done));
    inFlight.add(done);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, upstream: options.upstream, exchanges,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.all([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}
