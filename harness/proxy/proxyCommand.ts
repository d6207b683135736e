import { relative, resolve } from 'node:path';
import { getSpec } from '../../spec/index.js';
import { parseCommand } from '../cli/parseCommand.js';
import { UsageError } from '../errors/ToolError.js';
import type { Report } from '../report/Report.js';
import { newRunId } from '../run/newRunId.js';
import { buildProxyReport } from './buildProxyReport.js';
import { parseInject } from './FaultPlan.js';
import { startProxy } from './startProxy.js';
import { startUpstream } from './Upstream.js';
import { writeProxyReports } from './writeProxyReports.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

function durationMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)?$/.exec(text);
  if (!m || Number(m[1]) <= 0) throw new UsageError(`proxy: --duration '${text}' is not valid (expected a positive duration: 30, 30s, 500ms or 2m)`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000);
}

function summary(report: Report, dir: string): void {
  const v = report.summary.verdicts;
  const t = report.traffic!;
  say('');
  say(`client rules: ${report.summary.rules}  pass ${v.pass}  fail ${v.fail}  warn ${v.warn}  not-covered ${v['not-covered']}`);
  say(`traffic: ${t.exchanges} requests, ${t.logicalCalls} logical calls (${t.retried} retried); injected: throttle ${t.injected.throttle}, 5xx ${t.injected['5xx']}, reset-after-commit ${t.injected['reset-after-commit']}${t.injected.latencyMs ? `, latency ${t.injected.latencyMs} ms each` : ''}`);
  say(`operations called: ${t.operations.filter((o) => o.calls).map((o) => `${o.operation} ${o.calls}`).join(', ') || 'none'}`);
  if (report.summary.toolErrors) say(`tool errors: ${report.summary.toolErrors} (the upstream did not answer; see report.json observations)`);
  for (const r of report.rules.filter((x) => x.verdict === 'fail' || x.verdict === 'warn').slice(0, 10)) say(`${r.verdict.toUpperCase()} ${r.id}: ${r.reason}`);
  say(`report: ${dir}/index.html (also report.json, junit.xml, summary.md, gaps.md, exchanges.har)`);
}

/**
 * `proxy [--port N] [--host H] [--upstream emulator|mock|cloud|URL] [--profile FILE] [--report-dir DIR]
 * [--inject SPEC]... [--duration D] [--seed N]`: judges the traffic of any client pointed at it.
 * Prints `listening on URL` once ready; on SIGTERM, SIGINT or after --duration writes the report
 * and exits 0 (no failure), 1 (the client broke a documented client rule) or 2 (tool error).
 */
export async function proxyCommand(args: string[]): Promise<number> {
  const { values } = parseCommand('proxy', args, {
    port: { type: 'string' }, host: { type: 'string' }, upstream: { type: 'string' }, profile: { type: 'string' },
    'report-dir': { type: 'string' }, inject: { type: 'string', multiple: true }, duration: { type: 'string' }, seed: { type: 'string' },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^[0-9]+$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`proxy: --port '${values.port}' is not valid (expected a port number 0-65535)`);
  const upstreamName = values.upstream ?? 'emulator';
  if (!/^(emulator|mock|cloud|https?:\/\/[^\s/]+\/?)$/.test(upstreamName)) throw new UsageError(`proxy: --upstream '${upstreamName}' is not valid (expected emulator, mock, cloud or an http(s)://host:port URL)`);
  if (upstreamName === 'cloud' && !values.profile) throw new UsageError('proxy: --upstream cloud needs --profile FILE (region and credentials to sign for the real endpoints)');
  if (values.seed !== undefined && !/^[0-9]+$/.test(values.seed)) throw new UsageError(`proxy: --seed '${values.seed}' is not valid (expected an integer >= 0)`);
  const plan = parseInject(values.inject ?? []);
  const stopAfter = durationMs(values.duration);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);

  const spec = getSpec();
  const upstream = await startUpstream(spec, upstreamName, values.profile);
  const startedAt = new Date();
  let proxy;
  try {
    proxy = await startProxy({ upstream, host: values.host ?? '127.0.0.1', port, faults: plan, seed });
  } catch (error) {
    await upstream.close();
    throw new UsageError(`proxy: cannot listen on ${values.host ?? '127.0.0.1'}:${port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  process.stdout.write(`listening on ${proxy.url}\n`);
  say(`proxy: upstream ${upstream.label}${upstream.url ? ` (${upstream.url})` : ''}${upstream.hasSecrets ? '' : ' (no secrets: signatures checked for structure only)'}, seed ${seed}${plan.throttle || plan.serverError || plan.resetAfterCommit || plan.latencyMs ? `, inject ${(values.inject ?? []).join(' ')}` : ''}`);
  await new Promise<void>((done) => {
    const timer = stopAfter === undefined ? undefined : setTimeout(done, stopAfter);
    const stop = () => { if (timer) clearTimeout(timer); done(); };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await proxy.close();
  await upstream.close();
  const runId = newRunId();
  const dir = resolve(values['report-dir'] ?? 'reports', runId);
  const report = buildProxyReport(spec, { runId, startedAt, endedAt: new Date(), url: proxy.url, upstream, plan, seed, exchanges: proxy.exchanges });
  writeProxyReports(report, proxy.exchanges, dir, upstream.secrets);
  const shown = relative(process.cwd(), dir);
  summary(report, shown.startsWith('..') ? dir : shown);
  if (report.summary.toolErrors > 0 && report.summary.verdicts.pass === 0) return 2;
  return report.summary.newFailures > 0 ? 1 : report.summary.toolErrors > 0 ? 2 : 0;
}
