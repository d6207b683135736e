import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { newAjv } from '../../spec/index.js';
import { ToolError } from '../errors/ToolError.js';

/** A known gap: a failure of `ruleId` on `target` that is expected until `expires`. */
export interface BaselineEntry { ruleId: string; target: string; reason: string; link?: string; expires?: string }
export interface Baseline { entries: BaselineEntry[] }

const validate = newAjv().compile({
  type: 'object', additionalProperties: false, required: ['entries'],
  properties: {
    $schema: { type: 'string' }, description: { type: 'string' },
    entries: { type: 'array', items: {
      type: 'object', additionalProperties: false, required: ['ruleId', 'target', 'reason'],
      properties: { ruleId: { type: 'string', minLength: 1 }, target: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 1 }, link: { type: 'string' }, expires: { type: 'string', format: 'date' } },
    } },
  },
});

export function loadBaseline(path: string): Baseline {
  if (!existsSync(path)) throw new ToolError(`baseline ${path}: not found; expected a JSON file {"entries": [{"ruleId", "target", "reason", "link", "expires"}]}`);
  let doc: unknown;
  try { doc = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new ToolError(`baseline ${path}: not valid JSON (${(e as Error).message})`); }
  if (!validate(doc)) {
    const e = validate.errors?.[0];
    throw new ToolError(`baseline ${path}: ${e?.instancePath || '(top level)'} ${e?.message ?? 'is not valid'}; expected entries of {ruleId, target, reason, link?, expires? (YYYY-MM-DD)}`);
  }
  return doc as unknown as Baseline;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileSync(path, `${JSON.stringify({ description: 'Known gaps: failures listed here are reported as known-gap, not as failures. Written by acs-conformance run --update-baseline.', ...baseline }, null, 2)}\n`);
}

/** The entry that covers a rule on a target, if any and not expired (`*` matches every target). */
export function findEntry(baseline: Baseline | undefined, ruleId: string, target: string, today = new Date().toISOString().slice(0, 10)):
  { entry: BaselineEntry; expired: boolean } | undefined {
  const entry = baseline?.entries.find((e) => e.ruleId === ruleId && (e.target === target || e.target === '*'));
  return entry ? { entry, expired: entry.expires !== undefined && entry.expires < today } : undefined;
}
