import type { Values } from './decodeParams.js';
import type { Tag } from './state.js';

/**
 * Typed reads of a handler's decoded parameter values. Validation has run, but a check the
 * deviation catalogue switched off can still let a value of another shape through: each reader
 * answers `undefined` for a value it cannot read rather than guessing.
 */
export function readValues(values: Values) {
  return {
    str(name: string): string | undefined {
      const v = values[name];
      return typeof v === 'string' ? v : undefined;
    },
    int(name: string): number | undefined {
      const v = values[name];
      return typeof v === 'number' ? v : undefined;
    },
    bool(name: string): boolean | undefined {
      const v = values[name];
      return typeof v === 'boolean' ? v : undefined;
    },
    /** A JSON-array parameter; a raw string (array decoding switched off) is `undefined`. */
    list(name: string): string[] | undefined {
      const v = values[name];
      return Array.isArray(v) ? v.map(String) : undefined;
    },
    tags(name = 'Tag'): Partial<Tag>[] | undefined {
      const v = values[name];
      return Array.isArray(v) ? (v as Partial<Tag>[]) : undefined;
    },
  };
}
