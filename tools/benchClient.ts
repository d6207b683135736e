// The harness's client against a bare undici client, both signing the same V3 ListInstances and
// sending it over keep-alive connections to one bundled emulator (rate limits off) in its own
// process: calls per second of each and their ratio, in alternating rounds (the ratio is what to
// compare). The harness's client does more per call (pacing bookkeeping, evidence, redaction,
// time account); the goal is a ratio of at least 0.8.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { getSpec } from '../spec/index.js';
import { Client } from '../harness/client/Client.js';
import { signedRequest } from '../harness/client/signedRequest.js';
import { SEED } from '../harness/model/seed.js';

const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));
const KEYS = { accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret };

function serve(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--rate-limits', 'off'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (\S+)/.exec(d.toString());
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

async function rate(seconds: number, concurrency: number, once: () => Promise<number>): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < end) {
      const status = await once();
      if (status !== 200) throw new Error(`unexpected HTTP ${status}`);
      done++;
    }
  }));
  return done / seconds;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median calls per second of the harness's client and of bare undici over `rounds` rounds. */
export async function benchClient(options: { seconds?: number; concurrency?: number; rounds?: number } = {}): Promise<{ harness: number; undici: number; ratio: number }> {
  const { seconds = 2, concurrency = 16, rounds = 3 } = options;
  const { child, url } = await serve();
  const pool = new Pool(url, { connections: concurrency });
  try {
    const client = new Client({ spec: getSpec(), endpoints: { swas: url, ecs: url }, region: SEED.region, accounts: { main: KEYS }, pacing: false });
    const viaHarness = async () => (await client.call('swas', 'ListInstances', {}, { retry: false })).status;
    const viaUndici = async () => {
      const req = signedRequest({ endpoint: url, ...KEYS }, { action: 'ListInstances', version: '2020-06-01', params: { RegionId: SEED.region } });
      const u = new URL(req.url);
      const r = await pool.request({ method: 'POST', path: `${u.pathname}${u.search}`, headers: req.headers });
      await r.body.text();
      return r.statusCode;
    };
    await rate(1, concurrency, viaHarness);
    await rate(1, concurrency, viaUndici);
    const h: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < rounds; i++) {
      h.push(await rate(seconds, concurrency, viaHarness));
      b.push(await rate(seconds, concurrency, viaUndici));
    }
    return { harness: median(h), undici: median(b), ratio: median(h) / median(b) };
  } finally {
    await pool.close();
    child.kill();
  }
}
