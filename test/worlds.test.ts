import { describe, expect, it } from 'vitest';
import { runWorld } from '../tools/worlds.js';

// The suites on two randomised worlds of the faithful emulator (tools/worlds.ts runs ten, each
// with every suite): between them every suite runs once, and none may fail, stay unknown or warn
// outside fixtures/worlds/allowed-warns.json. Worlds 5 and 8 differ from the default world and
// from each other in ids, account convention, server states and readings (harness/model/world).
const SPLIT: [number, string[]][] = [
  [5, ['errors', 'protocol', 'schema', 'sdk', 'rate-limits', 'isolation', 'effects']],
  [8, ['quotas', 'state', 'stateful', 'concurrency', 'idempotence', 'lists']],
];

describe('randomised worlds', () => {
  it.each(SPLIT)('world %i: no fail, unknown or unlisted warn', async (world, suites) => {
    const row = await runWorld(world, 1, suites);
    expect(row.offending).toEqual([]);
    expect(row.counts['pass'] ?? 0).toBeGreaterThan(80);
  }, 10 * 60_000);
});
