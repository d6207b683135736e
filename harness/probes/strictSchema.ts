import type { Schema } from '../../spec/index.js';

/**
 * A copy of a response schema in which every object that lists its properties and says nothing
 * about others refuses undocumented names (`additionalProperties: false`). The spec's response
 * schemas describe the body "as the API really returns it"; what this closed copy refuses is a field
 * the documentation does not name, reported as an observation (never a failure: a real service may
 * add fields).
 */
export function strictSchema(schema: Schema): Schema {
  const close = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(close);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, s]) => [name, close(s)]))
        : key === 'enum' || key === 'const' || key === 'required' ? value : close(value);
    }
    if (out['properties'] && out['additionalProperties'] === undefined && out['unevaluatedProperties'] === undefined) out['additionalProperties'] = false;
    return out;
  };
  return close(schema) as Schema;
}
