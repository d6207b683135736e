import type { OperationSpec, Parameter } from '../../spec/index.js';

/** A parameter value the wire form could not be decoded into (bad JSON array, bad number). */
export interface DecodeViolation { param: string; constraint: 'type' | 'jsonArray' }

export type Values = Record<string, unknown>;

const prefixOf = (wire: string) => wire.split('.')[0] ?? wire;

/** Items of a repeat list (`Name.N` or `Name.N.Field`), ordered by N; gaps close up. */
function repeatList(name: string, wire: Record<string, string>, objects: boolean): unknown[] {
  const items = new Map<number, unknown>();
  const re = objects ? new RegExp(`^${name}\\.([1-9][0-9]{0,5})\\.([A-Za-z][A-Za-z0-9]*)$`) : new RegExp(`^${name}\\.([1-9][0-9]{0,5})$`);
  for (const [key, value] of Object.entries(wire)) {
    const m = re.exec(key);
    if (!m) continue;
    const n = Number(m[1]);
    if (objects) {
      const item = (items.get(n) ?? {}) as Record<string, string>;
      item[m[2]!] = value;
      items.set(n, item);
    } else items.set(n, value);
  }
  return [...items].sort(([a], [b]) => a - b).map(([, v]) => v);
}

function decodeOne(p: Parameter, wire: Record<string, string>): { value: unknown; violation?: DecodeViolation['constraint'] } {
  const type = (p.schema as { type?: string }).type;
  switch (p.style) {
    case 'simple': {
      const raw = wire[p.name];
      if (raw === undefined) return { value: undefined };
      if (type === 'integer') return /^-?[0-9]{1,19}$/.test(raw) ? { value: Number(raw) } : { value: raw, violation: 'type' };
      if (type === 'boolean') return raw === 'true' || raw === 'false' ? { value: raw === 'true' } : { value: raw, violation: 'type' };
      return { value: raw };
    }
    case 'jsonArrayString': {
      const raw = wire[p.name];
      if (raw === undefined) return { value: undefined };
      try {
        const parsed: unknown = JSON.parse(raw);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return { value: parsed };
      } catch { /* reported below */ }
      return { value: raw, violation: 'jsonArray' };
    }
    case 'flat': {
      const out: Record<string, string> = {};
      for (const [key, value] of Object.entries(wire)) if (key.startsWith(`${p.name}.`)) out[key.slice(p.name.length + 1)] = value;
      return { value: Object.keys(out).length ? out : undefined };
    }
    case 'repeatList': {
      const objects = p.wire.some((w) => w.split('.').length > 2);
      const list = repeatList(p.name, wire, objects);
      return { value: list.length ? list : undefined };
    }
  }
}

/** Turns wire parameters into structured values, following each parameter's style in the spec. */
export function decodeParams(op: OperationSpec, wire: Record<string, string>): { values: Values; violations: DecodeViolation[] } {
  const values: Values = {};
  const violations: DecodeViolation[] = [];
  for (const p of op.parameters) {
    if (!p.wire.some((w) => Object.keys(wire).some((k) => prefixOf(k) === prefixOf(w)))) continue;
    const { value, violation } = decodeOne(p, wire);
    if (value !== undefined) values[p.name] = value;
    if (violation) violations.push({ param: p.name, constraint: violation });
  }
  return { values, violations };
}
