import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../../spec/index.js';
import { tempSpec } from './tempSpec.js';

const OP = 'operations/swas/CreateCustomImage.json';
let spec: ReturnType<typeof tempSpec> | undefined;
afterEach(() => spec?.remove());

function failure(change: (s: ReturnType<typeof tempSpec>) => void): SpecError {
  spec = tempSpec();
  change(spec);
  try {
    loadSpec(spec.root);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    expect((error as Error).message).not.toContain('\n');
    return error as SpecError;
  }
  throw new Error('the broken spec loaded without error');
}

describe('loadSpec', () => {
  it('loads an untouched copy', () => {
    spec = tempSpec();
    expect(loadSpec(spec.root).operations).toHaveLength(16);
  });

  it('rejects an unknown key, naming file and pointer', () => {
    const e = failure((s) => s.edit(OP, (d) => { d.parameters[3].maxlength = 5; }));
    expect(e.file).toMatch(/CreateCustomImage\.json$/);
    expect(e.pointer).toBe('/parameters/3');
    expect(e.problem).toContain("unknown key 'maxlength'");
  });

  it('rejects a missing required key', () => {
    const e = failure((s) => s.edit(OP, (d) => { delete d.errors[0].reachability; }));
    expect(e.pointer).toBe('/errors/0');
    expect(e.problem).toContain("missing key 'reachability'");
  });

  it('rejects a misspelt JSON Schema keyword inside a parameter schema', () => {
    const e = failure((s) => s.edit(OP, (d) => { d.parameters[3].schema.maxlenght = 5; }));
    expect(e.pointer).toBe('/parameters/3/schema');
  });

  it('rejects a pattern that is not a valid regular expression', () => {
    const e = failure((s) => s.edit(OP, (d) => { d.parameters[3].schema.pattern = '^[a-'; }));
    expect(e.pointer).toBe('/parameters/3/schema/pattern');
  });

  it('rejects a source document that does not exist', () => {
    const e = failure((s) => s.edit(OP, (d) => { d.errors[1].source.doc = 'no-such-doc'; }));
    expect(e.pointer).toBe('/errors/1/source/doc');
  });

  it('rejects a duplicate rule id', () => {
    const e = failure((s) => s.edit('rules/quota.json', (d) => { d.rules[1].id = d.rules[0].id; }));
    expect(e.problem).toContain('duplicate rule id');
  });

  it('rejects an onInvalid key the schema does not express', () => {
    const e = failure((s) => s.edit(OP, (d) => { d.parameters[0].onInvalid.maxItems = { basis: 'inferred', statusClass: '4xx' }; }));
    expect(e.pointer).toBe('/parameters/0/onInvalid/maxItems');
  });

  it('rejects a file that is not JSON', () => {
    const e = failure((s) => writeFileSync(join(s.root, OP), '{ "product": '));
    expect(e.problem).toMatch(/^invalid JSON/);
  });

  it('rejects a rule without a source', () => {
    const e = failure((s) => s.edit('rules/protocol.json', (d) => { delete d.rules[0].source; }));
    expect(e.problem).toContain("missing key 'source'");
  });
});
