import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const path = join(dir, f);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
});

/**
 * Where a timer is the point, not a wait a condition could replace: the time account's booked
 * waits (polling pauses, pacing, backoff, documented windows all go through it), the model's gap
 * of a race deviation, the proxy's injected latency and its --duration.
 */
const ALLOWED = ['harness/run/timeAccount.ts', 'harness/model/Model.ts', 'harness/proxy/startProxy.ts', 'harness/proxy/proxyCommand.ts'];

describe('no fixed sleep in suites/ or harness/', () => {
  it('only the allowed files start a timer', () => {
    const timers = [...files(join(ROOT, 'suites')), ...files(join(ROOT, 'harness'))]
      .filter((path) => /\bsetTimeout\s*\(/.test(readFileSync(path, 'utf8')))
      .map((path) => path.slice(ROOT.length));
    expect(timers.filter((path) => !ALLOWED.includes(path))).toEqual([]);
    expect(timers.length).toBeGreaterThan(0);
  });
});
