import type { OperationSpec, Parameter, Schema } from '../../spec/index.js';

/** A documented parameter as a request carried it: its decoded value and what was wrong with its wire form. */
export interface ReadParameter {
  parameter: Parameter;
  /** The wire names the request used for it. */
  names: string[];
  value: unknown;
  encoding: string[];
}

const template = (wire: string) => new RegExp(`^${wire.split('.').map((s) => (s === 'N' ? '([1-9][0-9]{0,5})' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('\\.')}$`);
const templates = new WeakMap<Parameter, RegExp[]>();
const templatesOf = (p: Parameter) => {
  let t = templates.get(p);
  if (!t) templates.set(p, (t = p.wire.map(template)));
  return t;
};

/** A wire string typed as the schema says (integers, numbers, booleans); anything else stays a string for the schema to refuse. */
export function coerce(schema: Schema | undefined, text: string): unknown {
  const type = (schema as { type?: unknown } | undefined)?.type;
  if ((type === 'integer' || type === 'number') && /^-?[0-9]+(\.[0-9]+)?$/.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function decode(p: Parameter, pairs: [string, string][], encoding: string[]): unknown {
  const s = p.schema as { items?: Schema; properties?: Record<string, Schema> };
  if (p.style === 'simple') return coerce(p.schema, pairs[0]![1]);
  if (p.style === 'jsonArrayString') {
    try {
      const parsed: unknown = JSON.parse(pairs[0]![1]);
      if (Array.isArray(parsed)) return parsed;
    } catch { /* below */ }
    encoding.push(`${p.name} is not a JSON array literal`);
    return undefined;
  }
  if (p.style === 'flat') return Object.fromEntries(pairs.map(([name, v]) => [name.slice(p.name.length + 1), coerce(s.properties?.[name.slice(p.name.length + 1)], v)]));
  const items = new Map<number, unknown>();
  const item = s.items as { properties?: Record<string, Schema> } | undefined;
  for (const [name, v] of pairs) {
    const [, index, field] = name.split('.');
    const n = Number(index);
    if (field === undefined) items.set(n, coerce(s.items, v));
    else items.set(n, { ...(items.get(n) as object | undefined), [field]: coerce(item?.properties?.[field], v) });
  }
  return [...items].sort(([a], [b]) => a - b).map(([, v]) => v);
}

/** What is wrong with a wire name that starts with a documented parameter but fits none of its wire forms. */
function misencoded(p: Parameter, name: string): string {
  if (p.style === 'jsonArrayString') return `${name}: ${p.name} is one query value holding a JSON array literal (${p.name}=["…"]), not a repeat list`;
  if (p.style === 'repeatList' && name === p.name) return `${name} sent as one value: ${p.name} is a repeat list (${p.wire.join(', ')}, N counting from 1)`;
  if (p.style === 'repeatList' && /^[^.]+\.(0|0\d*)(\.|$)/.test(name)) return `${name}: N counts from 1 (${p.wire.join(', ')})`;
  if (p.style === 'flat' && name === p.name) return `${name} sent as one value: ${p.name} travels as ${p.wire.join(', ')}`;
  return `${name} is not a documented wire name of ${p.name} (documented: ${p.wire.join(', ')})`;
}

/**
 * Reads an operation's parameters from a request's wire parameters (common parameters already
 * left out): each name goes to the documented parameter named by its first segment; a name that
 * does not fit the parameter's documented wire form (ImageIds.1 for a JSON-array string, Tag for a
 * repeat list, Tag.0.Key, Tag.1.Colour) is an encoding problem of that parameter; a name whose
 * first segment is no documented parameter is undocumented.
 */
export function readParameters(op: OperationSpec, params: Record<string, string>): { read: ReadParameter[]; undocumented: string[] } {
  const groups = new Map<Parameter, [string, string][]>();
  const encodings = new Map<Parameter, string[]>();
  const undocumented: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const p = op.parameters.find((x) => x.name === name.split('.')[0]);
    if (!p) { undocumented.push(name); continue; }
    if (!templatesOf(p).some((t) => t.test(name))) {
      const problems = encodings.get(p) ?? [];
      problems.push(misencoded(p, name));
      encodings.set(p, problems);
      continue;
    }
    groups.set(p, [...(groups.get(p) ?? []), [name, value]]);
  }
  const read: ReadParameter[] = [];
  for (const p of op.parameters) {
    const pairs = groups.get(p) ?? [];
    const encoding = encodings.get(p) ?? [];
    if (!pairs.length && !encoding.length) continue;
    read.push({ parameter: p, names: [...pairs.map(([n]) => n), ...encoding.map((e) => e.split(' ')[0]!)], value: pairs.length ? decode(p, pairs, encoding) : undefined, encoding });
  }
  return { read, undocumented };
}
