import { newAjv, type OperationSpec, type Schema } from '../../spec/index.js';
import type { ResponseCheck, ResponseJudgement } from './responseChecks.js';
import { RESPONSE_FIELDS, type FieldTable } from './responseFields.js';

const ajv = newAjv({ allErrors: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A copy of a response schema in which every documented field is required, but the table's optional ones. */
function everyField(schema: Schema, optional: readonly string[], path = ''): Schema {
  const node = schema as Record<string, unknown>;
  const out: Record<string, unknown> = { ...node };
  const props = node['properties'] as Record<string, Schema> | undefined;
  if (props) {
    const at = (k: string) => (path ? `${path}.${k}` : k);
    out['properties'] = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, everyField(s, optional, at(k))]));
    out['required'] = [...new Set([...((node['required'] as string[] | undefined) ?? []), ...Object.keys(props).filter((k) => !optional.includes(at(k)))])];
  }
  if (node['items']) out['items'] = everyField(node['items'] as Schema, optional, `${path}[]`);
  return out as Schema;
}

/** The values at a path such as `Images.Image[].CreationTime` (every item of every list on the way). */
export function valuesAt(body: unknown, path: string): unknown[] {
  let at: unknown[] = [body];
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const key = list ? step.slice(0, -2) : step;
    at = at.flatMap((v) => {
      const x = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      return list ? (Array.isArray(x) ? x : []) : x === undefined ? [] : [x];
    });
  }
  return at;
}

const sample = (bad: string[]) => `${bad.slice(0, 4).join('; ')}${bad.length > 4 ? `; and ${bad.length - 4} more` : ''}`;

/** Presence and type of every documented field, list items included. */
function fields(op: OperationSpec, table: FieldTable, body: Record<string, unknown>): ResponseJudgement {
  const key = `${op.product}.${op.operation}`;
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(everyField(op.response.schema, table.optional ?? []))));
  const lists = table.lists ?? [];
  const empty = lists.filter((l) => valuesAt(body, l).length === 0);
  if (lists.length && empty.length === lists.length) return { undecided: `the answer holds no ${lists.join(' or ')} item to check` };
  if (validate(body)) return { ok: true, received: 'every documented field present, of its documented type' };
  const bad = (validate.errors ?? []).map((e) => (e.keyword === 'required' ? `${e.instancePath || '/'} lacks ${String((e.params as { missingProperty?: string }).missingProperty)}` : `${e.instancePath} ${e.message ?? 'is invalid'}`));
  return { ok: false, received: sample([...new Set(bad)]) };
}

/** Documented timestamps in yyyy-MM-ddTHH:mm:ssZ, and real dates. */
function times(table: FieldTable, body: Record<string, unknown>): ResponseJudgement {
  const seen = (table.times ?? []).flatMap((path) => valuesAt(body, path).map((v) => ({ path, v })));
  if (!seen.length) return { undecided: `the answer holds none of ${(table.times ?? []).join(', ')}` };
  const bad = seen.filter(({ v }) => !(typeof v === 'string' && TIME.test(v) && !Number.isNaN(Date.parse(v)))).map(({ path, v }) => `${path} ${JSON.stringify(v)}`);
  return bad.length ? { ok: false, received: sample(bad) } : { ok: true, received: `${seen.length} timestamps in the documented format` };
}

/** Ids in their documented shape (empty where the table allows it). */
function ids(table: FieldTable, body: Record<string, unknown>): ResponseJudgement {
  const seen = Object.entries(table.ids ?? {}).flatMap(([path, shape]) => valuesAt(body, path).map((v) => ({ path, v, shape })));
  const decided = seen.filter(({ v, shape }) => !(v === '' && shape.mayBeEmpty));
  if (!decided.length) return { undecided: `the answer holds none of ${Object.keys(table.ids ?? {}).join(', ')}` };
  const bad = decided.filter(({ v, shape }) => !(typeof v === 'string' && new RegExp(shape.pattern).test(v))).map(({ path, v, shape }) => `${path} ${JSON.stringify(v)} (not ${shape.pattern})`);
  return bad.length ? { ok: false, received: sample(bad) } : { ok: true, received: `${decided.length} ids in their documented shape` };
}

/** The check of a `<p>.<Op>.response.Fields|TimeFormat|IdFormat` rule, from the operation's table. */
export function fieldCheck(op: OperationSpec, ruleId: string): ResponseCheck | undefined {
  const table = RESPONSE_FIELDS[`${op.product}.${op.operation}`];
  const family = ruleId.split('.').at(-1);
  if (!table) return undefined;
  if (family === 'Fields') return { documented: 'every documented field (list items included) present, of its documented type', check: (b) => fields(op, table, b) };
  if (family === 'TimeFormat') return { documented: `${(table.times ?? []).join(', ')} in yyyy-MM-ddTHH:mm:ssZ (UTC)`, check: (b) => times(table, b) };
  if (family === 'IdFormat') return { documented: Object.entries(table.ids ?? {}).map(([p, s]) => `${p} ${s.pattern}`).join(', '), check: (b) => ids(table, b) };
  return undefined;
}
