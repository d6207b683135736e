import { clientParamRuleId, describeSchema, documentedOnlyRuleId, newAjv, type OperationSpec, type Parameter } from '../../spec/index.js';
import type { Check } from './RuleTally.js';
import { readParameters } from './readParameters.js';

type Validate = ReturnType<ReturnType<typeof newAjv>['compile']>;
const ajv = newAjv();
const compiled = new WeakMap<Parameter, Validate>();
const validatorOf = (p: Parameter) => {
  let v = compiled.get(p);
  if (!v) compiled.set(p, (v = ajv.compile(p.schema)));
  return v;
};

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${JSON.stringify(text.slice(0, 60))}… (${[...text].length} characters)` : JSON.stringify(text);
};

/** The first schema complaint in words: where, and what the schema wanted. */
function complaint(p: Parameter, validate: Validate): string {
  const e = validate.errors?.[0];
  if (!e) return 'does not match its schema';
  const at = `${p.name}${e.instancePath.replace(/\/(\d+)/g, (_m, i: string) => `.${Number(i) + 1}`).replace(/\//g, '.')}`;
  if (e.keyword === 'not') {
    // schemaPath is #/…/not: the forbidden forms are the patterns under it.
    const not = e.schemaPath.replace(/^#\//, '').split('/').reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], p.schema) as { anyOf?: { pattern?: string }[]; pattern?: string } | undefined;
    const patterns = (not?.anyOf ?? [not ?? {}]).map((x) => x.pattern).filter(Boolean);
    return `${at} must not match ${patterns.join(' or ') || 'a forbidden form'}`;
  }
  if (e.keyword === 'additionalProperties') return `${at} has a field ${String((e.params as { additionalProperty?: string }).additionalProperty)} that is not documented`;
  return `${at} ${e.message ?? 'is not valid'}`;
}

/**
 * The parameter rules of one request of `op`: for each documented parameter the request carried
 * (or should have, when required), its wire form and its value against the JSON Schema; and
 * whether any name is undocumented. `operation` tags the checks for the coverage section.
 */
export function checkParameters(op: OperationSpec, params: Record<string, string>, exchange: number): Check[] {
  const operation = `${op.product}.${op.operation}`;
  const checks: Check[] = [];
  const { read, undocumented } = readParameters(op, params);
  const check = (p: Parameter, ok: boolean, detail: string) =>
    checks.push({ ruleId: clientParamRuleId(op, p.name), ok, detail, exchanges: [exchange], operation, ...(!ok && { expected: `${p.name}: ${describeSchema(p.schema)}${p.style === 'simple' ? '' : `, sent as ${p.wire.join(', ')}`}` }) });
  for (const p of op.parameters) {
    const got = read.find((r) => r.parameter === p);
    if (!got) {
      if (p.required) check(p, false, `${op.operation} without ${p.name} (required)`);
      continue;
    }
    if (got.encoding.length) { check(p, false, got.encoding.join('; ')); continue; }
    if (p.emptyMeansUnchanged && got.value === '') { check(p, true, `${p.name} empty (unchanged)`); continue; }
    const validate = validatorOf(p);
    if (validate(got.value)) check(p, true, `${p.name} as documented`);
    else check(p, false, `${complaint(p, validate)} (received ${got.names.join(', ')} = ${shown(got.value)})`);
  }
  checks.push({
    ruleId: documentedOnlyRuleId(op), ok: undocumented.length === 0, exchanges: [exchange], operation,
    detail: undocumented.length ? `undocumented parameter${undocumented.length > 1 ? 's' : ''} ${undocumented.map((n) => n.slice(0, 64)).join(', ')}` : 'only documented parameters',
    ...(undocumented.length && { expected: `only ${op.parameters.map((p) => p.name).join(', ')}` }),
  });
  return checks;
}
