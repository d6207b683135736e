import { describe, expect, it } from 'vitest';
import { fieldSchema, getSpec, newAjv, type ProbeHints, type Schema } from '../../spec/index.js';

// Probe hints (character classes, forbidden prefixes) and the JSON Schema of a parameter describe
// the same rule twice: values built from the hints must be judged by the schema as the hints say.
const ajv = newAjv();
const ALPHABET = [...'abcXYZ019:_-.~!@#$%^&*()+=[]{}|;\'",<>/? `\\', '名', 'é', '\u00a0'];
const spec = getSpec();

interface Case { where: string; schema: Schema; hints: ProbeHints }
const cases: Case[] = [];
for (const op of spec.operations) {
  for (const p of op.parameters) {
    // Hints of a list of scalars (AddAccount.N) describe its items.
    const items = (p.schema as { type?: string; items?: Schema }).type === 'array' ? (p.schema as { items?: Schema }).items : undefined;
    if (p.probe) cases.push({ where: `${op.operation}.${p.name}`, schema: items ?? p.schema, hints: p.probe });
    for (const [field, hints] of Object.entries(p.fields ?? {})) {
      const schema = fieldSchema(p, field);
      if (schema) cases.push({ where: `${op.operation}.${p.name}.${field}`, schema, hints });
    }
  }
}

const inClass = (body: string, ch: string) => new RegExp(`^[${body}]$`, 'u').test(ch);
// Hints hold wire strings; integer and boolean parameters are judged on the decoded value.
const decode = (schema: Schema, value: string): unknown => {
  const type = (schema as { type?: string }).type;
  if (type === 'integer' || type === 'number') return Number(value);
  if (type === 'boolean') return value === 'true';
  return value;
};
const valid = (schema: Schema, value: string) => ajv.validate(schema, decode(schema, value)) as boolean;

describe.each(cases)('probe hints of $where', ({ schema, hints }) => {
  const s = schema as { minLength?: number; maxLength?: number };
  const length = Math.max(s.minLength ?? 1, Math.min(8, s.maxLength ?? 8));
  const first = hints.firstChar ? ALPHABET.find((c) => inClass(hints.firstChar!, c)) : undefined;
  const body = hints.charset ? ALPHABET.find((c) => inClass(hints.charset!, c) && /[a-z]/i.test(c)) : 'a';
  const good = (hints.valid ?? [])[0] ?? `${first ?? 'a'}${(body ?? 'a').repeat(length - 1)}`;

  it('accepts the valid examples', () => {
    for (const v of hints.valid ?? [good]) expect(valid(schema, v), JSON.stringify(v)).toBe(true);
  });

  if (hints.charset !== undefined) it('rejects each character outside the charset and accepts each inside', () => {
    for (const c of ALPHABET) {
      const value = `${good.slice(0, 1)}${c}${good.slice(2)}`;
      expect(valid(schema, value), `charset [${hints.charset}] with ${JSON.stringify(c)}`).toBe(inClass(hints.charset!, c));
    }
  });

  if (hints.firstChar !== undefined) it('rejects a first character outside its class', () => {
    for (const c of ALPHABET.filter((x) => inClass(hints.charset ?? '\\s\\S', x))) {
      const value = `${c}${good.slice(1)}`;
      expect(valid(schema, value), `first character ${JSON.stringify(c)}`).toBe(inClass(hints.firstChar!, c));
    }
  });

  if ((hints.forbiddenPrefixes ?? []).length > 0) it('rejects each forbidden prefix', () => {
    for (const prefix of hints.forbiddenPrefixes!) expect(valid(schema, `${prefix}${good}`.slice(0, s.maxLength ?? 1e9)), prefix).toBe(false);
  });

  if ((hints.forbiddenSubstrings ?? []).length > 0) it('rejects each forbidden substring', () => {
    for (const sub of hints.forbiddenSubstrings!) expect(valid(schema, `${good.slice(0, 1)}${sub}x`), sub).toBe(false);
  });
});
