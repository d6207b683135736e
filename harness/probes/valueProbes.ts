import type { Constraint, ProbeHints } from '../../spec/index.js';

export interface ScalarProbe { valid: boolean; value: string | number | boolean; label: string }
interface ScalarSchema { type?: string; enum?: unknown[]; minimum?: number; maximum?: number }

const swapCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

/** Every documented value (valid); case variants when the hints ask for them, and one value outside the list. */
function enumProbes(schema: ScalarSchema, hints: ProbeHints): ScalarProbe[] {
  const values = (schema.enum ?? []).filter((v): v is string => typeof v === 'string');
  const out: ScalarProbe[] = values.map((v) => ({ valid: true, value: v, label: `'${v}' (a documented value)` }));
  const seen = new Set<string>(values);
  const add = (value: string, label: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    out.push({ valid: false, value, label });
  };
  if (hints.caseVariants) {
    for (const v of values) {
      add(v.toLowerCase(), `'${v.toLowerCase()}' (lower-case variant of '${v}')`);
      add(v.toUpperCase(), `'${v.toUpperCase()}' (upper-case variant of '${v}')`);
      add(swapCase(v), `'${swapCase(v)}' (swapped-case variant of '${v}')`);
    }
  }
  const first = values[0] ?? 'value';
  add(`${first}x`, `'${first}x' (not a documented value)`);
  return out;
}

/**
 * Probes of an enum, a numeric bound or the type of a simple value: min-1 / min and max / max+1 for
 * integers, a non-number for an integer (a non-boolean for a boolean), every enum value and its
 * case variants.
 */
export function valueProbes(constraint: Constraint, schema: ScalarSchema, hints: ProbeHints): ScalarProbe[] {
  switch (constraint) {
    case 'enum':
      return enumProbes(schema, hints);
    case 'minimum': {
      const min = schema.minimum!;
      return [
        { valid: true, value: min, label: `${min} (the minimum)` },
        { valid: false, value: min - 1, label: `${min - 1} (below the minimum)` },
      ];
    }
    case 'maximum': {
      const max = schema.maximum!;
      return [
        { valid: true, value: max, label: `${max} (the maximum)` },
        { valid: false, value: max + 1, label: `${max + 1} (above the maximum)` },
      ];
    }
    case 'type':
      if (schema.type === 'boolean') {
        return [{ valid: true, value: true, label: 'true' }, { valid: false, value: 'yes', label: "'yes' (not a boolean)" }];
      }
      return [
        { valid: true, value: schema.minimum ?? Number(hints.valid?.[0] ?? 1), label: 'a number in range' },
        { valid: false, value: 'abc', label: "'abc' (not a number)" },
      ];
    default:
      throw new Error(`valueProbes: '${constraint}' is not an enum, bound or type constraint`);
  }
}
