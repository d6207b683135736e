import type { Parameter, ProbeHints, Schema } from './types.js';

/** The constraint vocabulary a parameter rule can name (the `onInvalid` keys of a spec). */
export const CONSTRAINTS = [
  'required', 'type', 'minLength', 'maxLength', 'minimum', 'maximum', 'enum',
  'charset', 'firstChar', 'forbiddenPrefix', 'forbiddenSubstring', 'maxItems', 'jsonArray',
] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

/** One probe-able constraint of a parameter, or of one field of an object parameter. */
export interface ConstraintRef {
  constraint: Constraint;
  field?: string;
  /** The schema the constraint lives in (the field's schema for a field). */
  schema: Schema;
  hints: ProbeHints;
}

/** The schema of field `name` of an object or list-of-objects parameter. */
export function fieldSchema(parameter: Parameter, name: string): Schema | undefined {
  const schema = parameter.schema as Record<string, unknown>;
  const holder = (schema['type'] === 'array' ? schema['items'] : schema) as Record<string, unknown> | undefined;
  const properties = holder?.['properties'] as Record<string, Schema> | undefined;
  return properties?.[name];
}

function ownConstraints(schema: Schema, hints: ProbeHints): Constraint[] {
  const s = schema as Record<string, unknown>;
  const out: Constraint[] = [];
  if (s['type'] === 'integer' || s['type'] === 'boolean') out.push('type');
  if (typeof s['minLength'] === 'number' && s['minLength'] > 0) out.push('minLength');
  if (typeof s['maxLength'] === 'number') out.push('maxLength');
  if (typeof s['minimum'] === 'number') out.push('minimum');
  if (typeof s['maximum'] === 'number') out.push('maximum');
  if (Array.isArray(s['enum'])) out.push('enum');
  if (hints.charset) out.push('charset');
  if (hints.firstChar) out.push('firstChar');
  if (hints.forbiddenPrefixes?.length) out.push('forbiddenPrefix');
  if (hints.forbiddenSubstrings?.length) out.push('forbiddenSubstring');
  if (typeof s['maxItems'] === 'number') out.push('maxItems');
  return out;
}

/** Every constraint the parameter's schema and probe hints express, fields included. */
export function constraintsOf(parameter: Parameter): ConstraintRef[] {
  const out: ConstraintRef[] = [];
  const hints = parameter.probe ?? {};
  if (parameter.required) out.push({ constraint: 'required', schema: parameter.schema, hints });
  if (parameter.style === 'jsonArrayString') out.push({ constraint: 'jsonArray', schema: parameter.schema, hints });
  for (const constraint of ownConstraints(parameter.schema, hints)) out.push({ constraint, schema: parameter.schema, hints });
  const s = parameter.schema as Record<string, unknown>;
  const holder = (s['type'] === 'array' ? s['items'] : s) as Record<string, unknown> | undefined;
  const properties = (holder?.['properties'] ?? {}) as Record<string, Schema>;
  if (parameter.style === 'repeatList' || parameter.style === 'flat') {
    for (const [field, schema] of Object.entries(properties)) {
      const fieldHints = parameter.fields?.[field] ?? {};
      for (const constraint of ownConstraints(schema, fieldHints)) out.push({ constraint, field, schema, hints: fieldHints });
    }
  }
  return out;
}

/** Splits an `onInvalid` key (`maxLength@Key`, `*`) into its constraint and field. */
export function parseOnInvalidKey(key: string): { constraint: string; field?: string } {
  const [constraint = key, field] = key.split('@');
  return field === undefined ? { constraint } : { constraint, field };
}
