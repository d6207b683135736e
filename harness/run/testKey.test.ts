import { describe, expect, it } from 'vitest';
import { testKey } from './testKey.js';

describe('testKey', () => {
  it("is vitest's full name: describe blocks and the test, without the file", () => {
    const file = { name: 'suites/x.suite.ts', filepath: '/r/suites/x.suite.ts' };
    const outer = { name: 'schema', suite: file };
    const inner = { name: 'swas.ListInstances', suite: outer };
    expect(testKey({ name: 'a + b', suite: inner })).toBe('schema > swas.ListInstances > a + b');
    expect(testKey({ name: 'a', suite: file })).toBe('a');
    // A top-level describe whose parent link is missing ends the walk too.
    expect(testKey({ name: 'a', suite: { name: 'd' } })).toBe('d > a');
  });
});
