import type { Operation } from './Operation.js';

const MAX = 100;

/** Compact JSON for explanations, cut at 100 characters. */
export function brief(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/** `#7 p2 create({"name":"b"}) → "ok" [10.0–12.5 ms]`, times relative to `t0`. */
export function describeOperation(op: Operation, t0: number): string {
  const at = (t: number) => (t - t0).toFixed(1);
  const answer = op.returnedAt === undefined ? 'no answer' : `→ ${brief(op.result)}`;
  const span = op.returnedAt === undefined ? `from ${at(op.invokedAt)} ms` : `${at(op.invokedAt)}–${at(op.returnedAt)} ms`;
  return `#${op.id} p${op.process} ${op.call.name}(${brief(op.call.args)}) ${answer} [${span}]`;
}
