import { afterEach, describe, expect, it } from 'vitest';
import { getSpec, loadSpec, SpecError } from '../../spec/index.js';
import { tempSpec } from './tempSpec.js';

let spec: ReturnType<typeof tempSpec> | undefined;
afterEach(() => spec?.remove());

describe('rules of one operation written in a rules file', () => {
  it('belong to the operation their id names', () => {
    const rule = getSpec().rules.find((r) => r.id === 'swas.ListDisks.state.PagesPartition');
    expect(rule?.operation).toBe('swas.ListDisks');
    expect(rule?.operations).toEqual(['swas.ListDisks']);
    expect(getSpec().rules.find((r) => r.id === 'swas.quota.CustomImagesMax')?.operation).toBeUndefined();
  });

  it('are refused when the id names no operation of the spec', () => {
    spec = tempSpec();
    spec.edit('rules/lists.json', (d) => { d.rules[0].id = 'swas.ListNothing.state.PagesPartition'; delete d.rules[0].operations; });
    let error: unknown;
    try { loadSpec(spec.root); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problem).toContain("unknown operation 'swas.ListNothing'");
  });
});
