import { describe, expect, it } from 'vitest';
import { testPick } from './TestPick.js';

describe('testPick', () => {
  const selection = { s: { a: { once: true, ms: 60_000 }, b: { runs: 3, ms: 1000 } } };

  it('runs every test in full without a selection, and none the resumed run finished', () => {
    expect(testPick({}, 's', 'a')).toEqual({});
    expect(testPick({ done: { s: ['a'] } }, 's', 'a')).toEqual({ notRun: 'done' });
    expect(testPick({ checkOnce: true }, 's', 'x')).toEqual({ once: true, runs: 1 });
  });

  it("runs a budget's selection as chosen, and nothing outside it", () => {
    expect(testPick({ selection }, 's', 'a')).toEqual({ once: true, ms: 60_000 });
    expect(testPick({ selection }, 's', 'b')).toEqual({ runs: 3, ms: 1000 });
    expect(testPick({ selection }, 's', 'c')).toEqual({ notRun: 'outside-selection' });
    expect(testPick({ selection }, 't', 'a')).toEqual({ notRun: 'outside-selection' });
  });

  it('starts no test that would end past the deadline', () => {
    const deadline = 100_000;
    expect(testPick({ selection, deadline }, 's', 'a', 30_000)).toEqual({ once: true, ms: 60_000 });
    expect(testPick({ selection, deadline }, 's', 'a', 50_000)).toEqual({ notRun: 'past-deadline' });
    expect(testPick({ selection, deadline }, 's', 'b', 98_000)).toEqual({ runs: 3, ms: 1000 });
  });
});
