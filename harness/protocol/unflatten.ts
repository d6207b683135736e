import type { Pair } from './canonicalQuery.js';

export type UnflattenedValue = string | UnflattenedValue[] | Unflattened;
export interface Unflattened {
  [name: string]: UnflattenedValue;
}

export type UnflattenProblem = 'empty-segment' | 'bad-index' | 'reserved-name' | 'conflict' | 'repeated';

/** A wire name that could not be placed; its pair is left out of the value. */
export interface UnflattenError {
  name: string;
  problem: UnflattenProblem;
}

export interface UnflattenResult {
  value: Unflattened;
  errors: UnflattenError[];
}

/** An index segment is a number, a field segment a string. */
type Segment = number | string;

type Node =
  | { kind: 'leaf'; value: string }
  | { kind: 'list' | 'object'; children: Map<Segment, Node> };

function parseName(name: string, maxIndex: number): Segment[] | UnflattenProblem {
  const segments: Segment[] = [];
  for (const [i, text] of name.split('.').entries()) {
    if (text === '') return 'empty-segment';
    if (text === '__proto__') return 'reserved-name';
    if (!/^[0-9]+$/.test(text)) segments.push(text);
    else if (i > 0 && /^[1-9][0-9]{0,8}$/.test(text) && Number(text) <= maxIndex) segments.push(Number(text));
    else return 'bad-index';
  }
  return segments;
}

function place(root: Node, path: Segment[], value: string): UnflattenProblem | undefined {
  let node = root;
  for (const [i, segment] of path.entries()) {
    const wanted = typeof segment === 'number' ? 'list' : 'object';
    if (node.kind === 'leaf' || node.kind !== wanted) return 'conflict';
    const existing = node.children.get(segment);
    const next = path[i + 1];
    if (next === undefined) {
      if (existing) return existing.kind === 'leaf' ? 'repeated' : 'conflict';
      node.children.set(segment, { kind: 'leaf', value });
      return undefined;
    }
    const child: Node = existing ?? { kind: typeof next === 'number' ? 'list' : 'object', children: new Map() };
    node.children.set(segment, child);
    node = child;
  }
  return undefined;
}

function toValue(node: Node): UnflattenedValue {
  if (node.kind === 'leaf') return node.value;
  const entries = [...node.children];
  if (node.kind === 'list') return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, item]) => toValue(item));
  return Object.fromEntries(entries.map(([name, item]) => [name, toValue(item)]));
}

/**
 * Inverse of flatten: wire parameters to a structured value. Name.N (N a
 * positive decimal without leading zeros, at most maxIndex, default 1000)
 * builds an array ordered by N; gaps are allowed and closed up, so Tag.1 and
 * Tag.3 give a two-element array. Name.Sub builds an object. Values stay
 * strings. Names that cannot be placed are reported, not thrown: an empty
 * segment (A..B), a bad index (A.0, A.01, a numeric first segment, too
 * large), `__proto__`, a conflict with an earlier name (A=x then A.B=y, or
 * A.1 then A.B) or a repeat.
 */
export function unflatten(
  params: Iterable<Pair> | Record<string, string>,
  options: { maxIndex?: number } = {},
): UnflattenResult {
  const maxIndex = options.maxIndex ?? 1000;
  const root: Node = { kind: 'object', children: new Map() };
  const errors: UnflattenError[] = [];
  const pairs: Iterable<Pair> =
    Symbol.iterator in params ? (params as Iterable<Pair>) : Object.entries(params);
  for (const [name, value] of pairs) {
    const path = parseName(name, maxIndex);
    const problem = typeof path === 'string' ? path : place(root, path, value);
    if (problem) errors.push({ name, problem });
  }
  return { value: toValue(root) as Unflattened, errors };
}
