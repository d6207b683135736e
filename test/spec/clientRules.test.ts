import { describe, expect, it } from 'vitest';
import { clientParamRuleId, describeSchema, documentedOnlyRuleId, getSpec } from '../../spec/index.js';

const spec = getSpec();
const byId = new Map(spec.rules.map((r) => [r.id, r]));

describe('client rules', () => {
  it('derives one rule per parameter and one for undocumented parameters, per operation', () => {
    for (const op of spec.operations) {
      for (const p of op.parameters) {
        const rule = byId.get(clientParamRuleId(op, p.name));
        expect(rule, `${op.operation}.${p.name}`).toBeDefined();
        expect(rule).toMatchObject({ kind: 'client', origin: 'client', basis: 'documented', param: p.name, operation: `${op.product}.${op.operation}` });
        expect(rule!.statement).toContain(p.required ? 'on every call (required)' : 'when sent');
      }
      expect(byId.get(documentedOnlyRuleId(op))).toMatchObject({ kind: 'client', basis: 'inferred' });
    }
  });

  it('holds the hand-written request and behaviour rules, each with a statement, basis and source', () => {
    const hand = spec.rules.filter((r) => r.kind === 'client' && r.origin === 'hand').map((r) => r.id).sort();
    expect(hand).toEqual([
      'acs.client.KnownAction', 'acs.client.NoRetryOnClientError', 'acs.client.NonceUnique', 'acs.client.RegionMatchesEndpoint',
      'acs.client.RequiredHeaders', 'acs.client.RetryAfterThrottling', 'acs.client.RetryBackoff', 'acs.client.RetryBounded',
      'acs.client.RetrySameClientToken', 'acs.client.SignatureV2', 'acs.client.SignatureV3', 'acs.client.Timestamp',
    ]);
    for (const id of hand) expect(byId.get(id)!.observe.outcome).toBe('request');
    expect(byId.get('acs.client.RetryBounded')!.limit).toEqual({ maxAttempts: 6 });
  });

  it('describes schemas in words', () => {
    expect(describeSchema({ type: 'string', minLength: 2, maxLength: 128, not: { anyOf: [{ pattern: '^aliyun' }, { pattern: '^acs:' }] } }))
      .toBe('a string, 2-128 characters, not matching ^aliyun or ^acs:');
    expect(describeSchema({ type: 'array', maxItems: 15, items: { type: 'string', minLength: 1 } })).toBe('a list of at most 15 items, each a string, at least 1 character');
    expect(describeSchema({ type: 'integer', minimum: 1, maximum: 100 })).toBe('an integer, >= 1, <= 100');
  });
});
