import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSpec } from '../../spec/index.js';
import { DEFAULT_CREDENTIALS, EmulatorCore, type Credential } from '../../harness/emulator/EmulatorCore.js';
import { SEED } from '../../harness/model/seed.js';
import { buildProxyReport } from '../../harness/proxy/buildProxyReport.js';
import { NO_FAULTS, type FaultPlan } from '../../harness/proxy/FaultPlan.js';
import { startProxy, type RunningProxy } from '../../harness/proxy/startProxy.js';
import { coreUpstream } from '../../harness/proxy/Upstream.js';
import { writeProxyReports } from '../../harness/proxy/writeProxyReports.js';
import type { Report } from '../../harness/report/Report.js';

export const spec = getSpec();
export const MAIN = { accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret };

export interface ProxyKit {
  proxy: RunningProxy;
  core: EmulatorCore;
  /** Stops the proxy, judges the traffic, writes the reports to a scratch folder (removed by cleanup). */
  finish(): Promise<{ report: Report; dir: string; files: string[] }>;
  cleanup(): void;
}

/** A proxy on an ephemeral loopback port in front of an in-process emulator core (no rate limits, no delays unless asked). */
export async function proxyKit(options: { faults?: Partial<FaultPlan>; seed?: number; credentials?: Credential[]; known?: Credential[]; rateLimits?: boolean } = {}): Promise<ProxyKit> {
  const core = new EmulatorCore({ rateLimits: options.rateLimits ?? false, delays: { snapshotMs: 0, imageMs: 0 }, ...(options.credentials && { credentials: options.credentials }) });
  const known = options.known ?? options.credentials ?? DEFAULT_CREDENTIALS;
  const upstream = coreUpstream(core, 'emulator', known.map(({ accessKeyId, accessKeySecret }) => ({ accessKeyId, accessKeySecret })), { region: SEED.region, profileName: 'emulator' });
  const startedAt = new Date();
  const proxy = await startProxy({ upstream, faults: { ...NO_FAULTS, ...options.faults }, seed: options.seed ?? 7 });
  const dirs: string[] = [];
  return {
    proxy, core,
    async finish() {
      await proxy.close();
      const report = buildProxyReport(spec, { runId: 'test', startedAt, endedAt: new Date(), url: proxy.url, upstream, plan: { ...NO_FAULTS, ...options.faults }, seed: options.seed ?? 7, exchanges: proxy.exchanges });
      const dir = mkdtempSync(join(tmpdir(), 'acs-proxy-'));
      dirs.push(dir);
      const { files } = writeProxyReports(report, proxy.exchanges, dir, upstream.secrets);
      return { report, dir, files };
    },
    cleanup: () => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); },
  };
}

export const verdictOf = (report: Report, id: string) => report.rules.find((r) => r.id === id)?.verdict;
export const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
export const readAll = (dir: string) => walk(dir).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
