import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { runCli } from '../runCli.js';
import { runDirs, scratch } from './runHelpers.js';

// The schema suite's tests of one operation share the resource its requests need: ModifyImageAttribute's
// nine tests change one ECS image, made by the first (its calls traced `*`, counted once per block by a plan)
// and deleted by the last that runs; nothing is left behind.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
const OP = 'ecs.ModifyImageAttribute';
const rules = getSpec().rules.filter((r) => r.operation === OP && (r.origin === 'param' || r.kind === 'response')).map((r) => r.id);

type Test = { test: string; trace: [string, number][] };
const count = (tests: Test[], step: string) => tests.reduce((n, t) => n + t.trace.filter(([x]) => x === step).reduce((m, [, k]) => m + k, 0), 0);

describe('schema suite, one resource per operation', () => {
  it(`makes one ECS image for all of ${OP}'s tests and deletes it in the last`, async () => {
    const r = await runCli(['run', '--suite', 'schema', ...rules.flatMap((id) => ['--rule', id]), '--seed', '1', '--report-dir', s.reports], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const [dir] = runDirs(s.reports);
    const report = JSON.parse(readFileSync(join(dir!, 'report.json'), 'utf8')) as { run: { tests: Test[] }; rules: { id: string; verdict: string }[] };
    const tests = report.run.tests.filter((t) => t.test.startsWith(`schema > ${OP} > `));
    expect(tests.length).toBeGreaterThanOrEqual(9);
    expect(report.rules.filter((x) => rules.includes(x.id) && x.verdict !== 'pass').map((x) => `${x.id}: ${x.verdict}`)).toEqual([]);
    expect(count(tests, 'ecs.CreateImage+*')).toBe(1);
    expect(count(tests, 'ecs.CreateImage+')).toBe(0);
    // Deleted inside the last test, where a plan sees it.
    expect(count([tests.at(-1)!], 'ecs.DeleteImage*')).toBe(1);
    const ledger = readFileSync(join(dir!, 'ledger.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; event: string; kind: string });
    const live = new Set<string>();
    for (const e of ledger) if (e.event === 'created') live.add(e.id); else if (e.event === 'deleted') live.delete(e.id);
    expect(ledger.filter((e) => e.event === 'created' && e.kind === 'ecs.Image')).toHaveLength(1);
    expect([...live]).toEqual([]);
  }, 150_000);
});
