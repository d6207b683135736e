import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from './Progress.js';

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { out: { isTTY, write: (s: string) => written.push(s) }, written };
}

describe('Progress', () => {
  afterEach(() => vi.useRealTimers());

  it('says calls done of planned, elapsed, time left and the suites running', () => {
    let now = 0;
    const p = new Progress(400, sink(false).out, 30_000, () => now);
    p.suiteStarted('quotas');
    p.suiteStarted('schema');
    expect(p.line()).toBe('progress: 0 of 400 planned calls, 0 s elapsed, running quotas, schema');
    now = 90_000;
    p.testEnded(100);
    p.suiteEnded('quotas');
    // 100 calls in 90 s: 300 more take 270 s.
    expect(p.line()).toBe('progress: 100 of 400 planned calls, 1 min 30 s elapsed, about 4 min 30 s left, running schema');
  });

  it("estimates the time left from the plan's documented-rate time where it has it", () => {
    let now = 0;
    // 400 calls planned, 20 documented-rate minutes; the first test: 300 unpaced calls, 1 minute of it.
    const p = new Progress(400, sink(false).out, 30_000, () => now, 20 * 60_000);
    now = 60_000;
    p.testEnded(300, 60_000);
    // By calls it would be 20 s left; by documented-rate time 19 minutes are to come at the pace so far.
    expect(p.line()).toBe('progress: 300 of 400 planned calls, 1 min 00 s elapsed, about 19 min 00 s left, running none (starting the next)');
  });

  it('prints a plain line every 30 s when not on a terminal, and the run\'s own lines as they come', () => {
    vi.useFakeTimers();
    const { out, written } = sink(false);
    const p = new Progress(10, out);
    p.start();
    p.say('[1/2] protocol.suite.ts: 11 checks');
    vi.advanceTimersByTime(29_000);
    expect(written).toEqual(['[1/2] protocol.suite.ts: 11 checks\n']);
    vi.advanceTimersByTime(31_000);
    expect(written.filter((w) => w.startsWith('progress: '))).toHaveLength(2);
    p.stop();
    expect(written.every((w) => w.endsWith('\n'))).toBe(true);
  });

  it('keeps one line updating in place on a terminal, with the run\'s own lines above it', () => {
    vi.useFakeTimers();
    const { out, written } = sink(true);
    const p = new Progress(10, out);
    p.start();
    p.testEnded(2);
    p.say('[1/2] protocol.suite.ts: 11 checks');
    p.stop();
    const line = 'progress: 2 of 10 planned calls, 0 s elapsed, about 0 s left, running none (starting the next)';
    expect(written.join('')).toBe(`\r\x1b[2K${line}\r\x1b[2K[1/2] protocol.suite.ts: 11 checks\n\r\x1b[2K${line}\r\x1b[2K`);
  });
});
