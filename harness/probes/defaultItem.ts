import type { Parameter, ProbeHints } from '../../spec/index.js';
import type { ProbeItem } from './ProbeCase.js';

interface FieldSchema { type?: string; enum?: unknown[]; minLength?: number; maxLength?: number; minimum?: number }

/** A valid example of a field: its first valid hint, the first enum value, or a sample of its type. */
function example(schema: FieldSchema, hints: ProbeHints | undefined, row: number): string | number {
  const examples: unknown[] = hints?.valid?.length ? hints.valid : schema.enum?.length ? schema.enum : [];
  const raw = examples.length ? examples[row % examples.length] : undefined;
  if (schema.type === 'integer' || schema.type === 'number') return raw === undefined ? (schema.minimum ?? 1) : Number(raw);
  return raw === undefined ? 'item' : String(raw);
}

/**
 * Item `i` of a list parameter built from its schema and hints alone. A list of objects with an
 * enum field (Filter) takes row `i` of the fields' valid examples side by side (Key and Value that
 * belong together); otherwise string fields get the suffix `i + 1` so keys stay unique. A
 * JSON-array or repeat list of strings gives `<example>-<i + 1>`.
 */
export function defaultItem(parameter: Parameter, i: number): ProbeItem {
  const schema = parameter.schema as { items?: FieldSchema & { properties?: Record<string, FieldSchema> } };
  const items = schema.items ?? {};
  if (!items.properties) {
    const first = parameter.probe?.valid?.[0];
    return `${first ?? 'item'}-${i + 1}`;
  }
  const props = Object.entries(items.properties);
  const aligned = props.some(([, s]) => Array.isArray(s.enum));
  const out: Record<string, string | number> = {};
  for (const [field, s] of props) {
    const hints = parameter.fields?.[field];
    const v = example(s, hints, aligned ? i : 0);
    out[field] = typeof v === 'string' && !aligned && !s.enum && v.length + String(i + 1).length <= (s.maxLength ?? Infinity) ? `${v}${i + 1}` : v;
  }
  return out;
}
