import { OpenApiUtil } from '@alicloud/openapi-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, type ParamValue } from './flatten.js';
import { unflatten } from './unflatten.js';

describe('flatten', () => {
  it('flattens like the SDK: repeat lists, nested objects, scalars', () => {
    expect(
      flatten({
        RegionId: 'cn-hangzhou',
        Tag: [{ Key: 'k1', Value: 'v1' }, { Key: 'k2', Value: 'v2' }],
        AddAccount: ['111', '222'],
        Features: { ImdsSupport: 'v2' },
        DryRun: true,
        Force: false,
        Size: 40,
        Big: 12345678901234567890n,
      }),
    ).toEqual([
      ['RegionId', 'cn-hangzhou'],
      ['Tag.1.Key', 'k1'],
      ['Tag.1.Value', 'v1'],
      ['Tag.2.Key', 'k2'],
      ['Tag.2.Value', 'v2'],
      ['AddAccount.1', '111'],
      ['AddAccount.2', '222'],
      ['Features.ImdsSupport', 'v2'],
      ['DryRun', 'true'],
      ['Force', 'false'],
      ['Size', '40'],
      ['Big', '12345678901234567890'],
    ]);
  });

  it('omits null and undefined but still consumes their array index', () => {
    expect(flatten({ A: null, B: undefined, C: [null, 'x', undefined, { K: null, L: 'y' }], D: [], E: {}, F: '' })).toEqual([
      ['C.2', 'x'],
      ['C.4.L', 'y'],
      ['F', ''],
    ]);
    expect(flatten({ M: [['a', 'b'], ['c']] })).toEqual([['M.1.1', 'a'], ['M.1.2', 'b'], ['M.2.1', 'c']]);
  });

  it('rejects values that have no wire form', () => {
    expect(() => flatten({ F: (() => 1) as unknown as ParamValue })).toThrow(TypeError);
  });

  it('agrees with the SDK (OpenApiUtil.query) on arbitrary structures', () => {
    const key = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,6}$/);
    const { value } = fc.letrec<{ value: ParamValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: 'binary', maxLength: 10 }),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constantFrom(null, undefined),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5, noNullPrototype: true }), (params) => {
        const sdk = OpenApiUtil.query(params as Record<string, unknown>);
        expect(Object.fromEntries(flatten(params))).toEqual(sdk);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unflatten', () => {
  it('rebuilds arrays ordered by index, closing gaps, and nested objects', () => {
    expect(
      unflatten([
        ['Tag.3.Key', 'k3'],
        ['Tag.1.Key', 'k1'],
        ['Tag.1.Value', 'v1'],
        ['Tag.3.Value', 'v3'],
        ['Features.ImdsSupport', 'v2'],
        ['AddAccount.10', 'b'],
        ['AddAccount.2', 'a'],
        ['RegionId', 'cn-hangzhou'],
      ]),
    ).toEqual({
      value: {
        Tag: [{ Key: 'k1', Value: 'v1' }, { Key: 'k3', Value: 'v3' }],
        Features: { ImdsSupport: 'v2' },
        AddAccount: ['a', 'b'],
        RegionId: 'cn-hangzhou',
      },
      errors: [],
    });
  });

  it('accepts a record as input', () => {
    expect(unflatten({ 'M.1.1': 'a', 'M.2.1': 'c' }).value).toEqual({ M: [['a'], ['c']] });
  });

  it('reports names it cannot place, and keeps the rest', () => {
    const result = unflatten([
      ['A', 'x'],
      ['A.B', 'y'],
      ['L.1', 'p'],
      ['L.K', 'q'],
      ['R', '1'],
      ['R', '2'],
      ['E..F', 'e'],
      ['Z.', 'e'],
      ['I.0', 'i'],
      ['I.01', 'i'],
      ['I.1001', 'i'],
      ['1.A', 'n'],
      ['__proto__.polluted', 'yes'],
      ['P.__proto__', 'yes'],
    ]);
    expect(result.value).toEqual({ A: 'x', L: ['p'], R: '1' });
    expect(result.errors).toEqual([
      { name: 'A.B', problem: 'conflict' },
      { name: 'L.K', problem: 'conflict' },
      { name: 'R', problem: 'repeated' },
      { name: 'E..F', problem: 'empty-segment' },
      { name: 'Z.', problem: 'empty-segment' },
      { name: 'I.0', problem: 'bad-index' },
      { name: 'I.01', problem: 'bad-index' },
      { name: 'I.1001', problem: 'bad-index' },
      { name: '1.A', problem: 'bad-index' },
      { name: '__proto__.polluted', problem: 'reserved-name' },
      { name: 'P.__proto__', problem: 'reserved-name' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(unflatten([['I.1001', 'i']], { maxIndex: 2000 }).value).toEqual({ I: ['i'] });
  });

  it('round-trips: unflatten(flatten(x)) is x for string leaves without empty containers', () => {
    const key = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,6}$/);
    const { value } = fc.letrec<{ value: ParamValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: 'binary', maxLength: 10 }),
        fc.array(tie('value'), { minLength: 1, maxLength: 4 }),
        fc.dictionary(key, tie('value'), { minKeys: 1, maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (params) => {
        const wire = flatten(params);
        const back = unflatten(wire);
        expect(back.errors).toEqual([]);
        expect(back.value).toEqual(params);
        expect(flatten(back.value)).toEqual(wire);
      }),
      { numRuns: 300 },
    );
  });
});
