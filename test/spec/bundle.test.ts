import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { getSpec, toOpenApi } from '../../spec/index.js';

const spec = getSpec();

describe.each(['swas', 'ecs'] as const)('OpenAPI bundle of %s', (product) => {
  const doc = toOpenApi(spec, product) as unknown as Record<string, any>;

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc['openapi']).toBe('3.1.0');
  });

  it('maps every operation to /<Action> with its action, version, errors and rules', () => {
    const ops = spec.operations.filter((o) => o.product === product);
    expect(Object.keys(doc['paths']).sort()).toEqual(ops.map((o) => `/${o.operation}`).sort());
    for (const op of ops) {
      const post = doc['paths'][`/${op.operation}`].post;
      expect(post['x-acs-action']).toBe(op.operation);
      expect(post['x-acs-version']).toBe(spec.products[product].version);
      expect(post['x-acs-errors'].map((e: { code: string }) => e.code)).toEqual(op.errors.map((e) => e.code));
      expect(post['x-acs-rules'].length).toBeGreaterThan(0);
      for (const e of op.errors) expect(post.responses[String(e.httpStatus)], `${op.operation} ${e.httpStatus}`).toBeDefined();
    }
  });
});

it('an invalid document is refused by the validator (the check can fail)', async () => {
  const doc = toOpenApi(spec, 'swas') as unknown as Record<string, any>;
  doc['paths']['/CreateCustomImage'].post.responses = 'nope';
  expect((await new Validator().validate(doc)).valid).toBe(false);
});
