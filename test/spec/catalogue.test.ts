import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';

const spec = getSpec();
const documented = JSON.parse(readFileSync(new URL('../../fixtures/reference/documented-error-codes.json', import.meta.url), 'utf8')) as {
  operations: Record<string, { central: boolean; codes: { code: string; httpStatus: number }[] }>;
};
const KINDS = ['param', 'error', 'quota', 'rate-limit', 'state', 'response', 'protocol', 'idempotence', 'concurrency', 'client', 'isolation'];

describe('operations in scope', () => {
  it('has the 16 operations of the design, 5 of them central', () => {
    const names = spec.operations.map((o) => `${o.product}.${o.operation}`).sort();
    expect(names).toEqual(Object.keys(documented.operations).sort());
    const central = spec.operations.filter((o) => o.role === 'central').map((o) => o.operation).sort();
    expect(central).toEqual(['CreateCustomImage', 'DeleteCustomImages', 'ModifyImageAttribute', 'ModifyImageSharePermission', 'ModifyImageShareStatus'].sort());
  });
});

describe('error codes', () => {
  const ruleIds = new Set(spec.rules.map((r) => r.id));
  for (const [op, { codes }] of Object.entries(documented.operations)) {
    it(`${op}: every documented code has an error entry and a rule`, () => {
      const entries = spec.operations.find((o) => `${o.product}.${o.operation}` === op)?.errors ?? [];
      const missing = codes.filter(({ code }) => !entries.some((e) => e.code === code)).map((c) => c.code);
      expect(missing, `documented codes missing from the spec of ${op}`).toEqual([]);
      const noRule = codes.filter(({ code }) => !ruleIds.has(`${op}.error.${code}`)).map((c) => c.code);
      expect(noRule).toEqual([]);
      for (const { code, httpStatus } of codes) {
        const statuses = codes.filter((c) => c.code === code).map((c) => c.httpStatus);
        expect(statuses, `${op} ${code} has an undocumented status`).toContain(entries.find((e) => e.code === code)?.httpStatus ?? httpStatus);
      }
    });
  }

  it('classifies InternalError as not triggerable and gives every code a reason', () => {
    for (const op of spec.operations) {
      for (const e of op.errors) {
        expect(e.reachabilityReason.length, `${op.operation} ${e.code}`).toBeGreaterThan(4);
        if (e.code === 'InternalError') expect(e.reachability).toBe('untriggerable');
      }
    }
  });
});

describe('rules', () => {
  it('has unique ids', () => {
    const ids = spec.rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names product, operation and kind in every id', () => {
    for (const r of spec.rules) {
      const parts = r.id.split('.');
      expect(parts[0], r.id).toBe(r.product);
      const kindAt = r.operation ? 2 : 1;
      expect(parts[kindAt], r.id).toBe(r.kind);
      if (r.operation) expect(`${parts[0]}.${parts[1]}`).toBe(r.operation);
    }
  });

  it('gives every rule a source that exists and a quote', () => {
    const docs = new Set(spec.sources.map((d) => d.id));
    for (const r of spec.rules) {
      expect(docs.has(r.source.doc), `${r.id} cites ${r.source.doc}`).toBe(true);
      expect(r.source.quote.trim().length, r.id).toBeGreaterThan(4);
    }
  });

  it('covers every rule kind', () => {
    const kinds = new Set(spec.rules.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it('holds the cross-operation rules the design names', () => {
    const ids = new Set(spec.rules.map((r) => r.id));
    for (const id of [
      'swas.quota.CustomImagesPerServer', 'swas.quota.CustomImagesMax', 'swas.state.ShareBeforeDelete',
      'swas.state.UnshareRemovesFromEcs', 'ecs.quota.AccountsPerCall', 'ecs.quota.ShareAccountsPerImage',
      'ecs.state.DeprecateAndRestore', 'ecs.state.ImdsSupportOneWay', 'swas.idempotence.ClientTokenSameResult',
      'acs.protocol.SignatureV3Accepted', 'acs.protocol.SignatureV2Accepted', 'acs.protocol.ErrorEnvelope',
      'acs.protocol.MissingParameter', 'acs.protocol.UnknownAction',
    ]) expect(ids.has(id), id).toBe(true);
  });

  it('derives a rule for every probed parameter constraint with an expected outcome', () => {
    const params = spec.rules.filter((r) => r.kind === 'param');
    expect(params.length).toBeGreaterThan(30);
    for (const r of params) {
      expect(r.param, r.id).toBeTruthy();
      const o = r.observe;
      if (o.outcome === 'error') expect(o.httpStatus ?? o.statusClass, r.id).toBeTruthy();
    }
    const ids = new Set(params.map((r) => r.id));
    for (const id of [
      'swas.CreateCustomImage.param.ImageName.maxLength', 'swas.CreateCustomImage.param.Tag.maxItems',
      'swas.CreateCustomImage.param.Tag.Key.forbiddenPrefix', 'swas.DeleteCustomImages.param.ImageIds.maxItems',
      'swas.ModifyImageShareStatus.param.Operation.enum', 'ecs.ModifyImageSharePermission.param.AddAccount.maxItems',
      'ecs.ModifyImageAttribute.param.ImageName.forbiddenPrefix', 'ecs.ModifyImageAttribute.param.BootMode.enum',
    ]) expect(ids.has(id), id).toBe(true);
  });
});
