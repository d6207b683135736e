import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { signedRequest } from '../client/signedRequest.js';
import { groupAttempts } from './groupAttempts.js';
import { judgeRetries } from './judgeRetries.js';
import type { ProxyExchange } from './ProxyExchange.js';
import { readExchange, type ReadExchange } from './readExchange.js';

const spec = getSpec();
const rules = new Map(spec.rules.map((r) => [r.id, r]));
const KEY = { endpoint: 'http://127.0.0.1:9000', accessKeyId: 'k', accessKeySecret: 's' };
const answer = (status: number, body: object) => ({ status, headers: {}, body: Buffer.from(JSON.stringify(body)) });
const THROTTLED = answer(400, { Code: 'Throttling.User' });
const CREATED = (id: string) => answer(200, { RequestId: 'r', ImageId: id });

let index = 0;
/** One exchange at `at` ms taking 1 ms, with what the client saw (undefined: dropped) and what the upstream answered. */
function ex(at: number, params: Record<string, string>, seen: ProxyExchange['seen'], upstream?: ProxyExchange['upstream'], action = 'CreateCustomImage', mark?: number, agent?: string): ReadExchange {
  const r = signedRequest(KEY, { action, version: '2020-06-01', params });
  if (mark !== undefined) r.headers['x-acs-retry-attempts'] = String(mark);
  if (agent !== undefined) r.headers['user-agent'] = agent;
  const up = upstream ?? (seen && seen.status < 300 ? seen : undefined); // a success came from the upstream
  const e: ProxyExchange = {
    index: index++, startedAt: at, endedAt: at + 1, method: 'POST', url: r.url.slice(KEY.endpoint.length), headers: r.headers, rawHeaders: [], httpVersion: '1.1',
    body: Buffer.alloc(0), latencyMs: 0, ...(seen ? { seen } : { dropped: 'reset' }), ...(up && { upstream: up }),
  };
  return readExchange(spec, e);
}
const create = (token?: string) => ({ RegionId: 'cn-hangzhou', InstanceId: 'i-1', ImageName: 'img', ...(token && { ClientToken: token }) });
const judge = (xs: ReadExchange[]) => Object.fromEntries(judgeRetries(groupAttempts(xs), rules).map((c) => [c.ruleId.replace('acs.client.', ''), c.ok ? 'ok' : c.detail]));

describe('groupAttempts', () => {
  it('joins a retry after an error, not after a success, and not a request sent before the answer', () => {
    const calls = groupAttempts([
      ex(0, create('t'), THROTTLED), ex(100, create('t2'), CREATED('m-1')), // retry (ClientToken ignored in the key)
      ex(200, create('t'), CREATED('m-1')), // after a success: a new call
      ex(300, { RegionId: 'cn-hangzhou' }, THROTTLED, undefined, 'ListInstances'), ex(300.5, { RegionId: 'cn-hangzhou' }, THROTTLED, undefined, 'ListInstances'), // overlaps: two calls
    ]);
    expect(calls.map((c) => c.attempts.length)).toEqual([2, 1, 1, 1]);
  });

  it('takes a client that marks its retries at its word', () => {
    const list = { RegionId: 'cn-hangzhou' };
    const calls = groupAttempts([
      ex(0, list, THROTTLED, undefined, 'ListInstances'), ex(100, list, THROTTLED, undefined, 'ListInstances', 1), // marked retry
      ex(300, list, THROTTLED, undefined, 'ListInstances'), // unmarked from a marking client: a new call
    ]);
    expect(calls.map((c) => c.attempts.length)).toEqual([2, 1]);
    // The official Node SDK core marks every retry: its unmarked repeats are new calls.
    const sdk = 'AlibabaCloud (linux; x64) Node.js/v20.20.2 Core/1.0.1 TeaDSL/2';
    expect(groupAttempts([0, 50, 100].map((at) => ex(at, list, THROTTLED, undefined, 'ListInstances', undefined, sdk))).map((c) => c.attempts.length)).toEqual([1, 1, 1]);
    expect(groupAttempts([0, 50, 100].map((at) => ex(at, list, THROTTLED, undefined, 'ListInstances', undefined, 'my-client/1.0'))).map((c) => c.attempts.length)).toEqual([3]);
  });
});

describe('judgeRetries', () => {
  it('passes a throttled create retried with growing pauses and one ClientToken; the upstream created one image', () => {
    expect(judge([ex(0, create('t'), THROTTLED), ex(101, create('t'), THROTTLED), ex(400, create('t'), CREATED('m-1'))])).toEqual({
      RetryAfterThrottling: 'ok', RetryBackoff: 'ok', RetryBounded: 'ok', RetrySameClientToken: 'ok',
    });
  });

  it('fails no retry, no backoff, a retried 400, a new ClientToken, too many attempts', () => {
    expect(judge([ex(0, create('t'), THROTTLED)]).RetryAfterThrottling).toMatch(/never tried again/);
    expect(judge([ex(0, create('t'), THROTTLED), ex(2, create('t'), THROTTLED), ex(4, create('t'), CREATED('m'))]).RetryBackoff).toMatch(/pauses after throttling 1 ms, 1 ms \(2 under 50 ms\) \(not growing\)/);
    expect(judge([ex(0, create('t'), THROTTLED), ex(101, create('t'), THROTTLED), ex(202, create('t'), CREATED('m'))]).RetryBackoff).toMatch(/not growing/);
    expect(judge([ex(0, create('t'), answer(400, { Code: 'InvalidParam.IllegalImageName' })), ex(100, create('t'), CREATED('m'))]).NoRetryOnClientError).toMatch(/sent again 1 time/);
    expect(judge([ex(0, create('a'), undefined, CREATED('m-1')), ex(100, create('b'), CREATED('m-2'))]).RetrySameClientToken)
      .toBe('swas.CreateCustomImage: 2 attempts with 2 different ClientTokens; the upstream created 2 resources (m-1, m-2)');
    expect(judge([ex(0, create(), undefined, CREATED('m-1')), ex(100, create(), CREATED('m-2'))]).RetrySameClientToken).toMatch(/without ClientToken; the upstream created 2/);
    expect(judge(Array.from({ length: 7 }, (_, i) => ex(i * 1000, create('t'), THROTTLED))).RetryBounded).toMatch(/7 attempts/);
  });

  it('gives no check for rules a call does not exercise', () => {
    expect(judge([ex(0, create('t'), CREATED('m'))])).toEqual({});
    expect(Object.keys(judge([ex(0, { RegionId: 'r' }, answer(500, { Code: 'InternalError' }), undefined, 'ListInstances'), ex(10, { RegionId: 'r' }, answer(200, {}), undefined, 'ListInstances')]))).toEqual(['RetryBounded']);
  });
});
