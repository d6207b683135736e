import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli.js';
import { readReport, runDirs, scratch } from './runHelpers.js';

// `run --target mock`: the in-process mock keeps the documented behaviour under concurrent
// same-token creates, and the rate-limit suite runs at the time scale the harness chose for it on
// the mock (its own mock per test file), in the same run as a suite at the profile's scale.
const s = scratch();
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));

const TOKEN = 'swas.concurrency.ClientTokenUnderConcurrentCreates';
const RATE = 'ecs.ModifyImageAttribute.rate-limit.qps';

describe('run --target mock', () => {
  it('passes the concurrent ClientToken rule and judges the 1000-call rate limit', async () => {
    const r = await runCli(['run', '--target', 'mock', '--suite', 'concurrency', '--suite', 'rate-limits', '--rule', TOKEN, '--rule', RATE,
      '--seed', '1', '--report-dir', s.reports], { timeoutMs: 170_000 });
    expect(r.code, r.stderr).toBe(0);
    const [dir] = runDirs(s.reports);
    const verdicts = Object.fromEntries(readReport(dir!).rules.filter((x) => x.id === TOKEN || x.id === RATE).map((x) => [x.id, `${x.verdict} ${x.reason}`]));
    expect(verdicts[TOKEN]).toMatch(/^pass/);
    expect(verdicts[RATE]).toMatch(/^pass/);
  }, 180_000);
});
