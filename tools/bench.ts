// `npm run bench`: the main job's speed and where its time goes, in one run. Prints
// - the main job (`run --seed 1`, every suite against the bundled emulator): wall time and the time
//   account of its suites (report.json run.timing), and the stateful suite's commands per second;
// - calls per second of the harness's client against a bare undici client (tools/benchClient.ts);
// - the emulator against a bare node:http server (tools/benchEmulator.ts);
// - with --matrix, time to the first failure per deviation of the detection matrix.
// Figures are measured, never asserted; compare ratios from one run.
// Usage: npm run bench [-- --matrix] [-- --seconds 2]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SuiteTime } from '../harness/run/suiteTime.js';
import { benchClient } from './benchClient.js';
import { detectionMatrix } from './detectionMatrix.js';

const { values } = parseArgs({ options: { matrix: { type: 'boolean' }, seconds: { type: 'string', default: '2' } } });
const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const dir = mkdtempSync(join(tmpdir(), 'acs-bench-'));
const started = Date.now();
const main = spawnSync(process.execPath, [BIN, 'run', '--seed', '1', '--report-dir', dir], { encoding: 'utf8' });
const wall = Date.now() - started;
const sub = readdirSync(dir).find((d) => /^\d{8}T/.test(d));
if (!sub) throw new Error(`the main job wrote no report (exit ${main.status}): ${main.stderr.trim().split('\n').at(-1)}`);
const report = JSON.parse(readFileSync(join(dir, sub, 'report.json'), 'utf8')) as { summary: { verdicts: Record<string, number> }; run: { durationMs: number; timing?: { suites: Record<string, SuiteTime> } }; observations: { kind: string; detail?: string }[] };
rmSync(dir, { recursive: true, force: true });
const v = report.summary.verdicts;
console.log(`main job: ${s(wall)} wall (the run itself ${s(report.run.durationMs)}); pass ${v['pass']} fail ${v['fail']} warn ${v['warn']} unknown ${v['unknown']} skipped ${v['skipped']}`);
const suites = Object.entries(report.run.timing?.suites ?? {}).sort(([, a], [, b]) => b.wallMs - a.wallMs);
console.log('  suite                      wall  start-up   pacing  polling  windows  backoff  in calls (n)      harness');
for (const [name, t] of suites) {
  console.log(`  ${name.padEnd(24)} ${[t.wallMs, t.startupMs, t.pacingMs, t.pollingMs, t.windowsMs, t.backoffMs].map((x) => s(x).padStart(8)).join(' ')} ${`${s(t.callsMs)} (${t.calls})`.padStart(15)} ${s(t.harnessMs).padStart(8)}`);
}
// The stateful suite states its pace in a property-run observation; say so when it is missing rather than print nothing.
const pace = report.observations.filter((o) => o.kind === 'property-run').map((o) => /stateful: \d+ runs, (\d+) commands \(([\d.]+)\/s\)/.exec(o.detail ?? '')).find((m) => m);
console.log(pace ? `stateful: ${pace[1]} commands at ${pace[2]} commands/s` : 'stateful: no pace in the report (did the stateful suite run?)');

const c = await benchClient({ seconds: Number(values.seconds) });
console.log(`client: harness ${c.harness.toFixed(0)} calls/s, bare undici ${c.undici.toFixed(0)} calls/s, ratio ${c.ratio.toFixed(2)} (goal >= 0.8)`);

const emulator = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./benchEmulator.ts', import.meta.url)), '--seconds', values.seconds], { encoding: 'utf8' });
for (const line of emulator.stdout.trim().split('\n')) console.log(`emulator: ${line}`);

if (values.matrix) {
  const { rows } = await detectionMatrix([], 2);
  const caught = rows.filter((r) => r.caughtBy.length);
  console.log(`detection matrix: ${caught.length}/${rows.length} caught; time to first failure per deviation:`);
  for (const r of rows) console.log(`  ${r.deviation.padEnd(32)} ${r.firstFailureMs === undefined ? 'not caught' : s(r.firstFailureMs)} (run ${s(r.ms)})`);
}
