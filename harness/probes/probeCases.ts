import type { ConstraintRef, Parameter } from '../../spec/index.js';
import { defaultItem } from './defaultItem.js';
import { listProbes } from './listProbes.js';
import type { ProbeCase, ProbeItem, ProbeOptions, ProbeValue } from './ProbeCase.js';
import { schemaAccepts } from './schemaAccepts.js';
import { stringProbes } from './stringProbes.js';
import { valueProbes } from './valueProbes.js';

const STRING = new Set(['minLength', 'maxLength', 'charset', 'firstChar', 'forbiddenPrefix', 'forbiddenSubstring']);
const VALUE = new Set(['enum', 'minimum', 'maximum', 'type']);

/** The probes of one constraint as values of the constraint's own schema (a field's value for a field). */
function scalarCases(parameter: Parameter, ref: ConstraintRef, options: ProbeOptions) {
  const schema = ref.schema as { minLength?: number; maxLength?: number };
  if (STRING.has(ref.constraint)) {
    const base = options.base ?? ref.hints.valid?.find((v) => v.length > 0) ?? 'probe';
    return stringProbes(ref.constraint, schema, ref.hints, base,
      { ...(options.seed !== undefined && { seed: options.seed }), ...(parameter.emptyMeansUnchanged && { emptyMeansUnchanged: true }) });
  }
  if (VALUE.has(ref.constraint)) return valueProbes(ref.constraint, ref.schema as Record<string, never>, ref.hints);
  throw new Error(`probeCases: no probes for constraint '${ref.constraint}' of ${parameter.name}`);
}

/**
 * The boundary probes of one derived parameter rule (see spec/README.md), each labelled valid or
 * invalid. A field's probe is placed in a whole parameter value (one list item, or the flat
 * object). Every value is checked against the parameter's JSON Schema: a label the schema
 * disagrees with is a bug of this generator and throws. Duplicate values are dropped.
 */
export function probeCases(parameter: Parameter, ref: ConstraintRef, options: ProbeOptions = {}): ProbeCase[] {
  const item = options.item ?? ((i: number): ProbeItem => defaultItem(parameter, i));
  const field = ref.field;
  const place = (v: string | number | boolean): ProbeValue => {
    if (field === undefined) return v;
    if (typeof v === 'boolean') throw new Error(`probeCases: boolean field ${parameter.name}.${field}`);
    if (options.place) return options.place(field, v);
    if (parameter.style === 'flat') return { [field]: v };
    // The item whose other fields belong with v (Filter: NetworkType goes with 'vpc'), else item 0.
    const row = Math.max(0, ref.hints.valid?.indexOf(String(v)) ?? 0);
    const first = item(row);
    return [{ ...(typeof first === 'object' ? first : {}), [field]: v }];
  };
  let raw: { valid: boolean; value: ProbeValue; label: string }[];
  if (ref.constraint === 'required') raw = [{ valid: false, value: undefined, label: 'the parameter left out' }];
  else if (ref.constraint === 'maxItems' || ref.constraint === 'jsonArray') raw = listProbes(ref.constraint, parameter, item);
  else raw = scalarCases(parameter, ref, options).map((p) => ({ ...p, value: place(p.value) }));

  const seen = new Set<string>();
  const out: ProbeCase[] = [];
  for (const p of raw) {
    const key = `${p.valid}:${JSON.stringify(p.value) ?? 'absent'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const verdict = schemaAccepts(parameter, p.value);
    if (verdict.ok !== p.valid) {
      throw new Error(`probe generator bug: ${parameter.name}${field ? `.${field}` : ''} ${ref.constraint}: ${p.label} `
        + `${JSON.stringify(p.value)} is labelled ${p.valid ? 'valid' : 'invalid'} but the schema ${verdict.ok ? 'accepts' : `refuses (${verdict.error})`} it`);
    }
    out.push({ constraint: ref.constraint, ...(field !== undefined && { field }), valid: p.valid, value: p.value, label: p.label });
  }
  return out;
}
