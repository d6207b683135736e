import type { Rule, Spec } from '../../spec/index.js';
import { redactParams } from '../client/redact.js';
import { createNonceCache, type CredentialStore } from '../protocol/index.js';
import type { Exchange, Observation } from '../verdicts/Verdict.js';
import { checkCommon } from './checkCommon.js';
import { checkParameters } from './checkParameters.js';
import { checkSignature } from './checkSignature.js';
import { groupAttempts } from './groupAttempts.js';
import { judgeRetries } from './judgeRetries.js';
import type { ProxyExchange } from './ProxyExchange.js';
import { readExchange, type ReadExchange } from './readExchange.js';
import { RuleTally } from './RuleTally.js';

export interface TrafficJudgment {
  observations: Observation[];
  tally: RuleTally;
  reads: ReadExchange[];
  logicalCalls: number;
  retried: number;
  /** Calls of actions outside the operations in scope that the upstream knows: not judged. */
  outOfScope: Map<string, number>;
  /** Exchanges the upstream could not answer (the tool's failure, not the client's). */
  toolErrors: string[];
}

/** One exchange as report evidence: wire parameters with secrets redacted, what the client got. */
export function asEvidence(x: ReadExchange): Exchange {
  const seen = x.ex.dropped === undefined ? x.ex.seen : undefined;
  let body: unknown = x.ex.dropped ? `(no answer: ${x.ex.dropped})` : '';
  if (seen) {
    const text = seen.body.toString('utf8');
    try { body = JSON.parse(text); } catch { body = text; }
  }
  return {
    product: x.product ?? 'unknown', action: x.decoded?.action ?? '(undecodable)',
    params: redactParams(Object.entries(x.decoded?.params ?? {})), signature: x.decoded?.signature.scheme ?? 'none',
    status: seen?.status ?? 0, body, startedAt: x.ex.startedAt, endedAt: x.ex.endedAt,
  };
}

/**
 * Judges a recorded traffic against the client rules: every request against the request rules
 * (in arrival order: nonce reuse depends on it), then the logical calls against the behaviour
 * rules. Returns one observation per rule the traffic exercised.
 */
export function judgeTraffic(spec: Spec, exchanges: readonly ProxyExchange[], credentials: CredentialStore, region?: string): TrafficJudgment {
  const rules = new Map<string, Rule>(spec.rules.filter((r) => r.kind === 'client').map((r) => [r.id, r]));
  const reads = exchanges.map((ex) => readExchange(spec, ex));
  const tally = new RuleTally();
  const nonces = createNonceCache();
  const outOfScope = new Map<string, number>();
  for (const x of reads) {
    const common = checkCommon(x, { spec, nonces, ...(region && { region }) });
    common.checks.forEach((c) => tally.add(c));
    if (common.outOfScope) outOfScope.set(common.outOfScope, (outOfScope.get(common.outOfScope) ?? 0) + 1);
    if (!x.decoded) continue;
    const operation = x.op ? `${x.op.product}.${x.op.operation}` : undefined;
    const signature = checkSignature(x.decoded, credentials, x.ex.index, operation);
    if (signature) tally.add(signature);
    if (x.op) checkParameters(x.op, x.decoded.params, x.ex.index).forEach((c) => tally.add(c));
  }
  const calls = groupAttempts(reads);
  judgeRetries(calls, rules).forEach((c) => tally.add(c));
  const toolErrors = reads.filter((x) => x.ex.upstreamError).map((x) => `exchange #${x.ex.index}: the upstream did not answer (${x.ex.upstreamError})`);
  return {
    observations: tally.observations(rules, (i) => (reads[i] ? asEvidence(reads[i]) : undefined)),
    tally, reads, logicalCalls: calls.length, retried: calls.filter((c) => c.attempts.length > 1).length, outOfScope, toolErrors,
  };
}
