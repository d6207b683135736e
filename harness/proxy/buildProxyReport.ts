import type { Rule, Spec } from '../../spec/index.js';
import { buildReport } from '../report/buildReport.js';
import type { Report, TrafficSection } from '../report/Report.js';
import { describePlan, type FaultPlan } from './FaultPlan.js';
import { judgeTraffic, type TrafficJudgment } from './judgeTraffic.js';
import type { ProxyExchange } from './ProxyExchange.js';
import type { Upstream } from './Upstream.js';

export interface ProxySession {
  runId: string;
  startedAt: Date;
  endedAt: Date;
  url: string;
  upstream: Upstream;
  plan: FaultPlan;
  seed: number;
  exchanges: readonly ProxyExchange[];
}

const HOW = 'run the client through the proxy';
/** Why a cross-operation client rule stayed unexercised, and how to exercise it. */
const NOT_EXERCISED: Record<string, string> = {
  'acs.client.SignatureV3': 'no V3-signed request came through the proxy',
  'acs.client.SignatureV2': 'no V2-signed request came through the proxy (a client signing V2 exercises it)',
  'acs.client.Timestamp': 'no request carried a timestamp',
  'acs.client.NonceUnique': 'no request carried a signature nonce',
  'acs.client.RegionMatchesEndpoint': 'no request of an operation in scope carried RegionId',
  'acs.client.RetryAfterThrottling': 'no call was answered with throttling (inject it: --inject throttle=0.2)',
  'acs.client.RetryBackoff': 'no throttled call was retried, so no backoff could be measured (--inject throttle=0.2)',
  'acs.client.NoRetryOnClientError': 'no call was answered with a client error (a 4xx other than throttling)',
  'acs.client.RetrySameClientToken': 'no create (CreateCustomImage, CreateSnapshot, CreateImage) was sent more than once (--inject 5xx=0.2 or reset-after-commit=0.2 while the client creates)',
  'acs.client.RetryBounded': 'no call was retried',
};

function notExercised(rule: Rule, calls: number): string {
  if (NOT_EXERCISED[rule.id]) return NOT_EXERCISED[rule.id]!;
  const op = rule.operation?.split('.')[1] ?? '';
  if (!calls) return `no ${op} request came through the proxy`;
  return rule.param ? `no ${op} request carried ${rule.param}` : `${HOW} with ${op} calls`;
}

function traffic(spec: Spec, clientRules: Rule[], j: TrafficJudgment, plan: FaultPlan): TrafficSection {
  const count = (f: string) => j.reads.filter((x) => x.ex.fault === f).length;
  const operations = spec.operations.map((o) => {
    const name = `${o.product}.${o.operation}`;
    const exercised = new Set(j.tally.exercisedBy(name));
    const own = clientRules.filter((r) => r.operation === name).map((r) => r.id);
    return {
      operation: name, calls: j.reads.filter((x) => x.op === o).length,
      exercised: own.filter((id) => exercised.has(id)), notExercised: own.filter((id) => !exercised.has(id)),
      crossOperation: [...exercised].filter((id) => !own.includes(id)).sort(),
    };
  });
  return {
    exchanges: j.reads.length, logicalCalls: j.logicalCalls, retried: j.retried,
    injected: { throttle: count('throttle'), '5xx': count('5xx'), 'reset-after-commit': count('reset-after-commit'), latencyMs: plan.latencyMs },
    har: 'exchanges.har', operations, outOfScope: [...j.outOfScope].map(([action, calls]) => ({ action, calls })),
  };
}

/**
 * The report of a proxy run: the usual report (buildReport over the client rules only, run.kind
 * `proxy`), not-exercised rules explained, failures pointing to the HAR instead of a replay, and
 * the traffic section (per operation: calls, client rules exercised and never exercised).
 */
export function buildProxyReport(spec: Spec, s: ProxySession): Report {
  const clientRules = spec.rules.filter((r) => r.kind === 'client');
  const j = judgeTraffic(spec, s.exchanges, s.upstream.credentials, s.upstream.region);
  const report = buildReport({ ...spec, rules: clientRules }, j.observations, {
    run: {
      kind: 'proxy', id: s.runId, seed: s.seed, runs: 0,
      target: { kind: 'client', label: `client through the proxy (upstream ${s.upstream.label})`, profile: s.upstream.profileName ?? 'none', region: s.upstream.region ?? 'unknown' },
      deviations: [], shard: null, suites: [], startedAt: s.startedAt.toISOString(), endedAt: s.endedAt.toISOString(),
      durationMs: s.endedAt.getTime() - s.startedAt.getTime(), tool: { name: 'acs-image-conformance', version: '0.1.0' },
      calls: { proxy: Object.fromEntries(j.reads.filter((x) => x.op).reduce((m, x) => m.set(`${x.op!.product}.${x.op!.operation}`, (m.get(`${x.op!.product}.${x.op!.operation}`) ?? 0) + 1), new Map<string, number>())) },
      proxy: { url: s.url, upstream: { kind: s.upstream.kind, label: s.upstream.label }, inject: describePlan(s.plan) },
    },
    toolErrors: j.toolErrors,
  }, undefined, () => s.url);
  const byId = new Map(clientRules.map((r) => [r.id, r]));
  const section = traffic(spec, clientRules, j, s.plan);
  for (const r of report.rules) {
    if (r.verdict === 'not-covered') r.reason = notExercised(byId.get(r.id)!, section.operations.find((o) => o.operation === r.operation)?.calls ?? 0);
    if (r.repro) r.repro.replay = `${HOW} again; the requests are entries ${r.evidence?.exchanges.map((e) => j.reads.findIndex((x) => x.ex.startedAt === e.startedAt)).join(', ')} of exchanges.har`;
  }
  for (const { action, calls } of section.outOfScope) report.observations.push({ kind: 'out-of-scope', detail: `${calls} call(s) of ${action}, outside the operations in scope: not judged` });
  report.traffic = section;
  return report;
}
