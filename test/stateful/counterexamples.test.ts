import { describe, expect, it } from 'vitest';
import { DEVIATIONS } from '../../harness/emulator/deviations.js';
import { getSpec } from '../../spec/index.js';
import { loadCounterexamples } from '../../suites/stateful/loadCounterexamples.js';

// The kept counterexamples (fixtures/stateful/) run first in every stateful run. They must load,
// build into commands, name rules of the catalogue, and name the deviation they were found with.
describe('kept stateful counterexamples', () => {
  const kept = loadCounterexamples();
  const ids = new Set(getSpec().rules.map((r) => r.id));

  it('there is one for every deviation only a sequence reveals', () => {
    const sequenceOnly = Object.entries(DEVIATIONS).filter(([, d]) => d.revealedBy === 'stateful').map(([n]) => n).sort();
    expect(kept.map((k) => k.foundWith.deviation).sort()).toEqual(sequenceOnly);
  });

  it.each(kept.map((k) => [k.name, k] as const))('%s builds into commands and names catalogue rules', (_name, k) => {
    expect(k.build().length).toBe(k.commands.length);
    expect(k.rules.filter((r) => !ids.has(r))).toEqual([]);
    expect(k.rules.some((r) => DEVIATIONS[k.foundWith.deviation as keyof typeof DEVIATIONS]?.breaks.includes(r))).toBe(true);
  });
});
