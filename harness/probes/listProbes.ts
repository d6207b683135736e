import type { Constraint, Parameter } from '../../spec/index.js';
import type { ProbeItem, ProbeValue } from './ProbeCase.js';

export interface ListProbe { valid: boolean; value: ProbeValue; label: string }

/**
 * Probes of a list's size and form: exactly maxItems items (valid) and maxItems + 1 (invalid, or
 * ignored extras where the spec says so); for a JSON-array string, a one-item array (valid) and
 * malformed literals: an unclosed bracket, a bare comma list, an object, an array of numbers and a
 * JSON string.
 */
export function listProbes(constraint: Constraint, parameter: Parameter, item: (i: number) => ProbeItem): ListProbe[] {
  const json = parameter.style === 'jsonArrayString';
  const list = (n: number): ProbeValue => {
    const items = Array.from({ length: n }, (_, i) => item(i));
    return json ? JSON.stringify(items) : items;
  };
  switch (constraint) {
    case 'maxItems': {
      const max = (parameter.schema as { maxItems?: number }).maxItems!;
      return [
        { valid: true, value: list(max), label: `${max} items (the maximum)` },
        { valid: false, value: list(max + 1), label: `${max + 1} items` },
      ];
    }
    case 'jsonArray': {
      const a = String(item(0));
      const b = String(item(1));
      return [
        { valid: true, value: list(1), label: 'a JSON array of one item' },
        { valid: false, value: '[', label: "'[' (an unclosed array)" },
        { valid: false, value: `${a},${b}`, label: 'a comma-separated list instead of a JSON array' },
        { valid: false, value: '{}', label: "'{}' (an object)" },
        { valid: false, value: '[1,2]', label: "'[1,2]' (an array of numbers)" },
        { valid: false, value: JSON.stringify(a), label: 'a JSON string instead of an array' },
      ];
    }
    default:
      throw new Error(`listProbes: '${constraint}' is not a list constraint`);
  }
}
