// Benchmark: how long the linearizability checker takes to decide histories of a key-value
// register (4 keys, half reads, half writes) made by concurrent processes, checked as one object
// and per key (P-compositionality), linearizable as generated and with one read answer made
// impossible halfway (not linearizable: decision plus explanation). Usage:
//   npx tsx tools/benchLinearizability.ts [--budget 60000] [--sizes 100,1000,5000] [--processes 2,4,8] [--pending 0.01]
import { parseArgs } from 'node:util';
import { checkLinearizable } from '../harness/linearizability/checkLinearizable.js';
import { registerModel } from '../harness/linearizability/models/registerModel.js';
import type { Operation } from '../harness/linearizability/Operation.js';
import { simulatedHistory } from '../harness/linearizability/simulatedHistory.js';

const { values } = parseArgs({ options: {
  budget: { type: 'string', default: '60000' }, sizes: { type: 'string', default: '100,1000,5000' },
  processes: { type: 'string', default: '2,4,8' }, pending: { type: 'string', default: '0' },
} });
const budget = Number(values.budget);
const list = (s: string) => s.split(',').map(Number);
const KEYS = ['k0', 'k1', 'k2', 'k3'];

function history(operations: number, processes: number, pendingRate: number): Operation[] {
  return simulatedHistory(registerModel(), { operations, processes, seed: operations * 31 + processes, pendingRate, command: (r) => (r.next() < 0.5
    ? { name: 'read', args: { key: r.pick(KEYS) } }
    : { name: 'write', args: { key: r.pick(KEYS), value: r.int(0, 9) } }) });
}

/** The same history with the first answered read after the middle answering a value never written. */
function broken(ops: Operation[]): Operation[] {
  const i = ops.findIndex((o, j) => j >= ops.length / 2 && o.call.name === 'read' && o.returnedAt !== undefined);
  return ops.map((o, j) => (j === i ? { ...o, result: -1 } : o));
}

const rows: string[][] = [['ops', 'processes', 'checked', 'history', 'verdict', 'ms', 'model steps', 'memo hits']];
checkLinearizable(history(500, 4, 0), registerModel()); // warm-up
for (const n of list(values.sizes)) {
  for (const p of list(values.processes)) {
    const good = history(n, p, Number(values.pending));
    for (const partitioned of [false, true]) {
      const spec = registerModel({ partitioned });
      for (const [label, h] of [['linearizable', good], ['one bad read', broken(good)]] as const) {
        const r = checkLinearizable(h, spec, { timeBudgetMs: budget });
        rows.push([String(n), String(p), partitioned ? 'per key' : 'whole', label, r.verdict, r.stats.ms.toFixed(1), String(r.stats.explored), String(r.stats.memoHits)]);
      }
    }
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
console.log(`budget ${budget} ms per check; pending rate ${values.pending}; node ${process.version}`);
