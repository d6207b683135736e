// Benchmark: the bundled emulator against a bare node:http server on the same machine, both in
// their own process, driven by one keep-alive client sending the same signed requests. Prints
// requests per second of each and their ratio (absolute numbers are noisy here; the ratio is
// what to compare). Usage: npm run bench:emulator [-- --seconds 3 --concurrency 16 --rounds 3]
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { send } from '../harness/client/send.js';
import { signedRequest } from '../harness/client/signedRequest.js';
import { SEED } from '../harness/model/seed.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, concurrency: { type: 'string', default: '16' }, rounds: { type: 'string', default: '3' } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));
const BARE = `require('http').createServer({keepAliveTimeout:30000},(q,s)=>{q.resume();q.on('end',()=>{s.writeHead(200,{'content-type':'application/json;charset=utf-8'});s.end('{"RequestId":"0F6E7E4B-0000-4000-8000-000000000000","TotalCount":0,"Instances":[]}')})}).listen(0,'127.0.0.1',function(){console.log('listening on http://127.0.0.1:'+this.address().port)})`;

function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (\S+)/.exec(d.toString());
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function load(url: string): Promise<number> {
  const target = { endpoint: url, accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret };
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < end) {
      const req = signedRequest(target, { action: 'ListInstances', version: '2020-06-01', params: { RegionId: SEED.region } });
      const answer = await send(req.url, { method: 'POST', headers: req.headers });
      if (answer.status !== 200) throw new Error(`unexpected ${answer.status}: ${answer.text}`);
      done++;
    }
  }));
  return done / seconds;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bare = await start(['-e', BARE]);
const emulator = await start([BIN, 'serve', '--rate-limits', 'off']);
try {
  await load(bare.url); // warm-up
  await load(emulator.url);
  const results = { bare: [] as number[], emulator: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    results.bare.push(await load(bare.url));
    results.emulator.push(await load(emulator.url));
  }
  const b = median(results.bare);
  const e = median(results.emulator);
  console.log(`client: keep-alive node:http, ${concurrency} concurrent, signed V3 ListInstances, ${rounds} rounds of ${seconds} s`);
  console.log(`bare node:http   ${b.toFixed(0)} req/s  (rounds: ${results.bare.map((x) => x.toFixed(0)).join(' / ')})`);
  console.log(`emulator         ${e.toFixed(0)} req/s  (rounds: ${results.emulator.map((x) => x.toFixed(0)).join(' / ')})`);
  console.log(`ratio emulator / bare: ${(e / b).toFixed(2)}`);
} finally {
  bare.child.kill();
  emulator.child.kill();
}
