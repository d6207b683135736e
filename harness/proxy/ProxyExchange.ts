import type { IncomingHttpHeaders } from 'node:http';
import type { Fault } from './FaultPlan.js';

/** An HTTP answer as bytes: the upstream's, or the one the proxy made up for an injected fault. */
export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One request through the proxy and what became of it: the request exactly as received, the fault
 * injected (if any), the upstream's answer (if it was asked) and what the client got: `seen`, or
 * `dropped` when the connection went down without an answer (reset-after-commit, or the client
 * left first). Times are epoch milliseconds with a fraction.
 */
export interface ProxyExchange {
  index: number;
  startedAt: number;
  endedAt: number;
  method: string;
  /** Request target as received (path and encoded query). */
  url: string;
  headers: IncomingHttpHeaders;
  /** Header names and values in the order received (for the HAR). */
  rawHeaders: string[];
  httpVersion: string;
  body: Buffer;
  fault?: Fault;
  latencyMs: number;
  upstream?: ProxyAnswer;
  /** The upstream could not be asked or did not answer (a tool error, never a verdict). */
  upstreamError?: string;
  seen?: ProxyAnswer;
  dropped?: string;
}

/** Epoch milliseconds with sub-millisecond precision. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();
