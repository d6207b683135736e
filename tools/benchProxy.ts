// Benchmark: what the proxy adds to a call, against calling the upstream directly, in one run.
// Two set-ups: (1) `proxy --upstream emulator`, the default: the proxy hands requests to the
// bundled emulator's core in-process; "direct" calls the same process's emulator port. (2)
// `proxy --upstream URL` in front of a separate `serve` process: one more loopback HTTP hop.
// One keep-alive client sends signed V3 ListInstances one at a time, alternating direct and
// proxied rounds; prints p50 and p99 per call, what the proxy adds, and the ratios.
// Usage: npx tsx tools/benchProxy.ts [--calls 3000] [--rounds 3]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { send } from '../harness/client/send.js';
import { signedRequest } from '../harness/client/signedRequest.js';
import { SEED } from '../harness/model/seed.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '3' } } });
const calls = Number(values.calls);
const rounds = Number(values.rounds);
const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'acs-bench-proxy-'));
const profile = join(scratch, 'profile.json');
const base = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/targets/emulator.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
writeFileSync(profile, JSON.stringify({ ...base, $schema: undefined, rateLimits: { enforced: false } }));

function start(args: string[], also?: RegExp): Promise<{ child: ChildProcess; url: string; other?: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (\S+)/.exec(d.toString());
      if (!m) return;
      const wait = setInterval(() => {
        const o = also?.exec(err);
        if (!also || o) { clearInterval(wait); resolve({ child, url: m[1]!, ...(o && { other: o[1]! }) }); }
      }, 5);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
}

async function latencies(url: string, n: number): Promise<number[]> {
  const target = { endpoint: url, accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret };
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const req = signedRequest(target, { action: 'ListInstances', version: '2020-06-01', params: { RegionId: SEED.region } });
    const t0 = performance.now();
    const answer = await send(req.url, { method: 'POST', headers: req.headers });
    out.push(performance.now() - t0);
    if (answer.status !== 200) throw new Error(`unexpected ${answer.status}: ${answer.text}`);
  }
  return out.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function compare(label: string, direct: string, proxied: string): Promise<void> {
  await latencies(direct, 500); // warm-up both paths
  await latencies(proxied, 500);
  const d = { p50: [] as number[], p99: [] as number[] };
  const p = { p50: [] as number[], p99: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const a = await latencies(direct, calls);
    const b = await latencies(proxied, calls);
    d.p50.push(pct(a, 0.5)); d.p99.push(pct(a, 0.99)); p.p50.push(pct(b, 0.5)); p.p99.push(pct(b, 0.99));
  }
  const f = (x: number) => `${x.toFixed(3)} ms`;
  const [d50, d99, p50, p99] = [median(d.p50), median(d.p99), median(p.p50), median(p.p99)];
  console.log(label);
  console.log(`  direct  p50 ${f(d50)}  p99 ${f(d99)}   (round p50s: ${d.p50.map(f).join(' / ')})`);
  console.log(`  proxy   p50 ${f(p50)}  p99 ${f(p99)}   (round p50s: ${p.p50.map(f).join(' / ')})`);
  console.log(`  added   p50 ${f(p50 - d50)}  p99 ${f(p99 - d99)}   ratio proxy/direct p50 ${(p50 / d50).toFixed(2)}  p99 ${(p99 / d99).toFixed(2)}`);
}

const children: ChildProcess[] = [];
try {
  console.log(`client: keep-alive node:http, one call at a time, signed V3 ListInstances; ${rounds} alternating rounds of ${calls} calls per path (median of rounds)`);
  const inProcess = await start(['proxy', '--profile', profile, '--report-dir', join(scratch, 'reports')], /upstream emulator \((http:\/\/[^)]+)\)/);
  children.push(inProcess.child);
  await compare('(1) proxy --upstream emulator (core in-process); direct = that emulator\'s own port', inProcess.other!, inProcess.url);
  const served = await start(['serve', '--rate-limits', 'off']);
  children.push(served.child);
  const forwarding = await start(['proxy', '--upstream', served.url, '--report-dir', join(scratch, 'reports')]);
  children.push(forwarding.child);
  await compare('(2) proxy --upstream URL of a serve process (one more loopback hop); direct = serve', served.url, forwarding.url);
} finally {
  // A proxy judges its traffic and writes its report before it exits.
  await Promise.all(children.map((c) => new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); setTimeout(r, 60_000).unref(); })));
  rmSync(scratch, { recursive: true, force: true });
}
