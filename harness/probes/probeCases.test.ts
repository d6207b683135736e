import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraintsOf, getSpec, type ConstraintRef, type Parameter } from '../../spec/index.js';
import { defaultItem } from './defaultItem.js';
import { probeCases } from './probeCases.js';
import { schemaAccepts } from './schemaAccepts.js';

const spec = getSpec();
const ruleIds = new Set(spec.rules.filter((r) => r.kind === 'param').map((r) => r.id));

function param(op: string, name: string): Parameter {
  const [product, operation] = op.split('.');
  const p = spec.operations.find((o) => o.product === product && o.operation === operation)?.parameters.find((x) => x.name === name);
  if (!p) throw new Error(`no parameter ${op}.${name}`);
  return p;
}
const ref = (p: Parameter, constraint: string, field?: string): ConstraintRef =>
  constraintsOf(p).find((r) => r.constraint === constraint && r.field === field)!;
const values = (cases: { valid: boolean; value: unknown }[], valid: boolean) => cases.filter((c) => c.valid === valid).map((c) => c.value);

/** Every derived parameter rule with its parameter and constraint. */
const derived = spec.operations.flatMap((op) => op.parameters.flatMap((p) => constraintsOf(p)
  .map((r) => ({ id: `${op.product}.${op.operation}.param.${p.name}${r.field ? `.${r.field}` : ''}.${r.constraint}`, p, r }))
  .filter((x) => ruleIds.has(x.id))));

describe('probeCases', () => {
  it('probes the SWAS image name at 1, 2, 128 and 129 characters', () => {
    const p = param('swas.CreateCustomImage', 'ImageName');
    const min = probeCases(p, ref(p, 'minLength'), { base: 'acsc-name' });
    expect(values(min, true)).toEqual(['ac']);
    expect(values(min, false)).toEqual(['a']);
    const max = probeCases(p, ref(p, 'maxLength'), { base: 'acsc-name' });
    expect(max.map((c) => [c.valid, (c.value as string).length])).toEqual([[true, 128], [false, 129]]);
  });

  it('probes characters outside the class and first characters outside firstChar', () => {
    const p = param('swas.CreateCustomImage', 'ImageName');
    const charset = probeCases(p, ref(p, 'charset'), { base: 'acsc-name', seed: 7 });
    expect(values(charset, false)).toEqual(['a csc-name', 'a/csc-name', 'a@csc-name', 'a.csc-name', 'a#csc-name', 'a\u00e9csc-name']);
    expect(values(charset, true)).toContain('acsc-nameAa0:_\u4e00-');
    expect(values(probeCases(p, ref(p, 'firstChar'), { base: 'acsc-name' }), false)).toEqual([':acsc-name', '_acsc-name', '-acsc-name']);
  });

  it('probes case variants of an enum and tag keys inside a list item', () => {
    const op = param('swas.ModifyImageShareStatus', 'Operation');
    const cases = probeCases(op, ref(op, 'enum'));
    expect(values(cases, true)).toEqual(['Share', 'UnShare']);
    expect(values(cases, false)).toEqual(expect.arrayContaining(['share', 'SHARE', 'sHARE', 'unshare', 'UNSHARE', 'uNsHARE']));
    const tag = param('swas.CreateCustomImage', 'Tag');
    expect(values(probeCases(tag, ref(tag, 'forbiddenPrefix', 'Key')), false)).toEqual([
      [{ Key: 'aliyunTestKey', Value: 'TestValue1' }], [{ Key: 'acs:TestKey', Value: 'TestValue1' }],
    ]);
  });

  it('probes list sizes and malformed JSON arrays with the items it is given', () => {
    const ids = param('swas.DeleteCustomImages', 'ImageIds');
    const size = probeCases(ids, ref(ids, 'maxItems'), { item: (i) => `m-${i}` });
    expect(size.map((c) => [c.valid, (JSON.parse(c.value as string) as unknown[]).length])).toEqual([[true, 15], [false, 16]]);
    const form = probeCases(ids, ref(ids, 'jsonArray'), { item: (i) => `m-${i}` });
    expect(values(form, false)).toEqual(['[', 'm-0,m-1', '{}', '[1,2]', '"m-0"']);
    expect(values(form, true)).toEqual(['["m-0"]']);
  });

  it('draws its random probe from the seed, so a run replays', () => {
    const p = param('swas.CreateSnapshot', 'SnapshotName');
    const random = (seed: number) => probeCases(p, ref(p, 'charset'), { base: 'acsc-snap', seed }).find((c) => c.label.startsWith('a random'))?.value;
    expect(random(3)).toBe(random(3));
    expect(new Set([1, 2, 3, 4, 5].map(random)).size).toBeGreaterThan(1);
  });

  it('throws when a label disagrees with the schema (a base the schema refuses)', () => {
    const p = param('ecs.ModifyImageAttribute', 'ImageName');
    expect(() => probeCases(p, ref(p, 'maxLength'), { base: 'aliyun-name' })).toThrow(/probe generator bug/);
  });

  it('builds probes for every derived parameter rule, with an invalid one each', () => {
    expect(derived.length).toBeGreaterThan(150);
    for (const { id, p, r } of derived) {
      const cases = probeCases(p, r, { seed: 1 });
      expect(cases.some((c) => !c.valid), id).toBe(true);
    }
  });

  it('labels agree with the schema for any seed and any valid base (property)', () => {
    const strings = derived.filter(({ r }) => ['minLength', 'maxLength', 'charset', 'firstChar', 'forbiddenPrefix', 'forbiddenSubstring'].includes(r.constraint));
    const alphabet = fc.constantFrom(...'abcXYZ019:_-.\u4e00\u9fa5'.split(''));
    fc.assert(fc.property(fc.integer({ min: 0, max: strings.length - 1 }), fc.integer(), fc.array(alphabet, { minLength: 1, maxLength: 140 }), (i, seed, chars) => {
      const { p, r } = strings[i]!;
      const base = chars.join('');
      // The base must itself be a valid value of the probed string (in an item, for a field).
      const item = defaultItem(p, 0);
      fc.pre(schemaAccepts(p, r.field ? [{ ...(typeof item === 'object' ? item : {}), [r.field]: base }] : base).ok);
      for (const c of probeCases(p, r, { base, seed })) expect(schemaAccepts(p, c.value).ok).toBe(c.valid);
    }), { seed: 4242, numRuns: 300 });
  });
});
