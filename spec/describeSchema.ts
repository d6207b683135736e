import type { Schema } from './types.js';

const patternsOf = (s: Record<string, unknown>): string[] => {
  const not = s['not'] as Record<string, unknown> | undefined;
  if (!not) return [];
  const any = (not['anyOf'] as Record<string, unknown>[] | undefined) ?? [not];
  return any.map((x) => x['pattern']).filter((x): x is string => typeof x === 'string');
};

/**
 * A JSON Schema of a parameter in a few words, for rule statements: type, length and value
 * bounds, enum, pattern, forbidden forms (`not` patterns), item limits and the fields of objects.
 */
export function describeSchema(schema: Schema): string {
  const s = schema as Record<string, unknown>;
  const parts: string[] = [];
  const type = s['type'];
  if (type === 'array') {
    const bounds = [s['minItems'] !== undefined && `at least ${String(s['minItems'])}`, s['maxItems'] !== undefined && `at most ${String(s['maxItems'])}`].filter(Boolean);
    parts.push(`a list of ${bounds.length ? `${bounds.join(' and ')} ` : ''}items`);
    if (s['items']) parts.push(`each ${describeSchema(s['items'] as Schema)}`);
    return parts.join(', ');
  }
  if (type === 'object') {
    const props = Object.entries((s['properties'] ?? {}) as Record<string, Schema>);
    return `an object with ${props.map(([name, p]) => `${name} (${describeSchema(p)})`).join(', ') || 'no documented fields'}${s['additionalProperties'] === false ? ' and no other field' : ''}`;
  }
  parts.push(typeof type === 'string' ? `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}` : 'a value');
  const min = s['minLength'];
  const max = s['maxLength'];
  if (min !== undefined && max !== undefined) parts.push(`${String(min)}-${String(max)} characters`);
  else if (min !== undefined && Number(min) > 0) parts.push(`at least ${String(min)} character${min === 1 ? '' : 's'}`);
  else if (max !== undefined) parts.push(`at most ${String(max)} characters`);
  if (s['minimum'] !== undefined) parts.push(`>= ${String(s['minimum'])}`);
  if (s['maximum'] !== undefined) parts.push(`<= ${String(s['maximum'])}`);
  const values = Array.isArray(s['enum']) ? (s['enum'] as unknown[]).map((v) => JSON.stringify(v)) : [];
  if (values.length > 8) parts.push(`one of ${values.length} values (${values.slice(0, 3).join(', ')}, … ${values.at(-1)!})`);
  else if (values.length) parts.push(`one of ${values.join(', ')}`);
  if (typeof s['pattern'] === 'string') parts.push(`matching ${s['pattern']}`);
  if (typeof s['format'] === 'string') parts.push(`in ${s['format']} format`);
  const forbidden = patternsOf(s);
  if (forbidden.length) parts.push(`not matching ${forbidden.join(' or ')}`);
  return parts.join(', ');
}
