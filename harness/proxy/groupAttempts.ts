import type { ReadExchange } from './readExchange.js';

/** The attempts of one logical call, in the order they arrived. */
export interface LogicalCall {
  key: string;
  attempts: ReadExchange[];
}

/** How long after an answer a request with the same call key still counts as its retry. */
export const RETRY_WINDOW_MS = 5 * 60 * 1000;

/** Same product, action and operation parameters apart from ClientToken (signature, nonce and timestamp are common parameters or headers, not operation parameters). */
export function callKey(x: ReadExchange): string | undefined {
  if (!x.decoded || !x.product) return undefined;
  const params = Object.entries(x.decoded.params).filter(([k]) => k !== 'ClientToken').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([x.product, x.decoded.action, params]);
}

/** The official Node SDKs' core (@alicloud/openapi-core 1.x): it marks every retry with x-acs-retry-attempts. */
const MARKING_AGENT = /^AlibabaCloud \([^)]*\) Node\.js\/\S+ Core\/1\.\S+ TeaDSL\/2/;
/** The retry mark of the official SDKs: x-acs-retry-attempts, the number of attempts before this one. */
const retryMark = (x: ReadExchange): number => Number(x.decoded?.headers['x-acs-retry-attempts'] ?? 0) || 0;
const keyId = (x: ReadExchange): string => x.decoded?.signature.scheme === 'v3' ? (/Credential=([^,\s]+)/.exec(x.decoded.signature.authorization)?.[1] ?? '') : x.decoded?.params['AccessKeyId'] ?? x.decoded?.queryPairs.find(([k]) => k === 'AccessKeyId')?.[1] ?? '';

/**
 * Groups exchanges into logical calls (the rule in spec/rules/client.json): a request joins the
 * latest call with its key whose last attempt was answered with an error or dropped, ended before
 * the request arrived, and ended at most RETRY_WINDOW_MS earlier; otherwise it starts a call.
 * A successful answer ends a call: the same request later is a new call. A client that marks its
 * retries (x-acs-retry-attempts) is taken at its word: when any request of its AccessKey carries
 * the mark, or its User-Agent names the official Node SDK core (which marks every retry), an
 * unmarked request starts a call. Undecodable requests belong to no call.
 */
export function groupAttempts(reads: readonly ReadExchange[]): LogicalCall[] {
  const calls: LogicalCall[] = [];
  const open = new Map<string, LogicalCall[]>();
  const marking = new Set(reads.filter((x) => retryMark(x) > 0 || MARKING_AGENT.test(x.decoded?.headers['user-agent'] ?? '')).map(keyId));
  for (const x of [...reads].sort((a, b) => a.ex.startedAt - b.ex.startedAt)) {
    const key = callKey(x);
    if (key === undefined) continue;
    const mine = open.get(key) ?? [];
    const fresh = marking.has(keyId(x)) && retryMark(x) === 0;
    const joinable = fresh ? undefined : mine.filter((c) => {
      const last = c.attempts.at(-1)!;
      return last.outcome !== 'success' && last.ex.endedAt <= x.ex.startedAt && x.ex.startedAt - last.ex.endedAt <= RETRY_WINDOW_MS;
    }).at(-1);
    if (joinable) joinable.attempts.push(x);
    else {
      const call = { key, attempts: [x] };
      calls.push(call);
      mine.push(call);
      open.set(key, mine);
    }
  }
  return calls;
}
