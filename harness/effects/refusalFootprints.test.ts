import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { REFUSAL_FOOTPRINTS } from './refusalFootprints.js';
import { impliedRefusalRules, isRefusalRule, refusalRuleId } from './refusalRules.js';
import { namedIds } from './listAll.js';

const spec = getSpec();
const rules = new Map(spec.rules.map((r) => [r.id, r]));
const mutating = spec.operations.filter((o) => o.effect !== 'read').map((o) => `${o.product}.${o.operation}`).sort();

describe('refusal footprints', () => {
  it('names what every operation that changes state touches, and gives each a RefusalChangesNothing rule', () => {
    expect(Object.keys(REFUSAL_FOOTPRINTS).sort()).toEqual(mutating);
    expect(spec.rules.filter((r) => isRefusalRule(r.id)).map((r) => r.operation).sort()).toEqual(mutating);
    for (const op of mutating) expect(rules.get(refusalRuleId(op))?.basis, op).toBe('inferred');
  });

  it('implies the refusal rule of the operations whose refusals a test expects, not of reads, rate limits or successes', () => {
    expect(impliedRefusalRules(rules, ['swas.CreateCustomImage.error.CustomImageQuotaLimit', 'swas.quota.CustomImagesMax']))
      .toEqual(['swas.CreateCustomImage.state.RefusalChangesNothing']);
    expect(impliedRefusalRules(rules, ['swas.state.ShareBeforeDelete'])).toContain('swas.DeleteCustomImages.state.RefusalChangesNothing');
    expect(impliedRefusalRules(rules, ['swas.CreateCustomImage.rate-limit.qps', 'swas.CreateCustomImage.state.ImageListed', 'swas.ListCustomImages.param.ImageIds.maxItems'])).toEqual([]);
    expect(impliedRefusalRules(rules, ['ecs.ModifyImageAttribute.param.ImageName.maxLength', 'ecs.ModifyImageAttribute.state.RefusalChangesNothing'])).toEqual([]);
  });

  it('reads the ids a list parameter names, also from a malformed list', () => {
    expect(namedIds('["m-a","m-b","m-a"]')).toEqual(['m-a', 'm-b']);
    expect(namedIds('m-a,m-b')).toEqual(['m-a', 'm-b']);
    expect(namedIds('m-a')).toEqual(['m-a']);
    expect(namedIds(undefined)).toEqual([]);
  });
});
