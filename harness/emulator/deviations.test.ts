import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { MODEL_DEVIATIONS } from '../model/modelDeviations.js';
import { DEVIATIONS, resolveDeviations } from './deviations.js';

const spec = getSpec();
const rules = new Map(spec.rules.map((r) => [r.id, r]));

describe('deviation catalogue', () => {
  const entries = Object.entries(DEVIATIONS);

  it('holds at least 30 deviations spread over every rule kind but response-only gaps', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(entries.flatMap(([, d]) => d.breaks.map((id) => rules.get(id)?.kind)));
    for (const kind of ['param', 'error', 'quota', 'rate-limit', 'state', 'response', 'protocol', 'idempotence', 'concurrency', 'isolation']) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
  });

  it.each(entries)('%s names rules of the catalogue', (_name, d) => {
    expect(d.summary.length).toBeGreaterThan(10);
    expect(d.breaks.length).toBeGreaterThan(0);
    for (const id of d.breaks) expect(rules.has(id), id).toBe(true);
    for (const id of d.skipChecks ?? []) expect(rules.get(id)?.kind, id).toBe('param');
  });

  it('describes every misbehaviour the model implements', () => {
    for (const name of MODEL_DEVIATIONS) expect(Object.hasOwn(DEVIATIONS, name), name).toBe(true);
  });

  it('reports unknown names', () => {
    expect(resolveDeviations(['quota-off-by-one', 'nope']).unknown).toEqual(['nope']);
  });
});
