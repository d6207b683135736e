import type { RuleTest } from '../conformance/RuleTest.js';
import type { ParamValue } from '../protocol/index.js';

export type As = 'main' | 'peer';
export type Item = Record<string, unknown>;

const MAX_PAGES = 20;

function itemsAt(body: unknown, path: readonly string[]): Item[] {
  let at: unknown = body;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return Array.isArray(at) ? (at as Item[]) : [];
}

/**
 * The items of a list call, every page of 100 (`allPages`) or the first: `notFound` when the call
 * answers a NotFound code (the image or disk it names does not exist); undefined when it failed
 * otherwise (a refused filter, an error the client's retries did not get past).
 */
export async function listAll(t: RuleTest, product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>,
  path: readonly string[], as: As, allPages = true): Promise<{ items: Item[]; notFound: boolean } | undefined> {
  const items: Item[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const r = await t.call(product, action, { ...params, PageSize: 100, ...(page > 1 && { PageNumber: page }) }, { as });
    if (r.status !== 200) return r.status < 500 && String(r.body?.['Code'] ?? '').endsWith('NotFound') ? { items: [], notFound: true } : undefined;
    const got = itemsAt(r.body, path);
    items.push(...got);
    const total = Number(r.body?.['TotalCount']);
    if (!allPages || got.length === 0 || !(total > items.length)) break;
  }
  return { items, notFound: false };
}

/** The ids a parameter names: a JSON array of strings, else the words of a malformed list, else one id. */
export function namedIds(value: ParamValue | undefined): string[] {
  if (Array.isArray(value)) return [...new Set(value.filter((v): v is string => typeof v === 'string' && v.length > 0))];
  if (typeof value !== 'string' || !value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return [...new Set(parsed.filter((v): v is string => typeof v === 'string' && v.length > 0))].slice(0, 100);
  } catch {
    // not JSON: read the words below
  }
  return [...new Set(value.split(/[\s,"'[\]]+/).filter(Boolean))].slice(0, 100);
}
