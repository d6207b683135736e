import { readFileSync } from 'node:fs';
import { ToolError } from '../errors/ToolError.js';
import type { CaseFile } from '../report/caseFile.js';

/** What replay reads of a case file; older cases have no `setup`. */
export type ReplayCase = Pick<CaseFile, 'ruleId' | 'exchanges'> & Partial<Pick<CaseFile, 'received' | 'setup' | 'seed' | 'path' | 'deviations'>> & { target?: { label?: string } };

/** Reads a case file written by a run (`reports/<runId>/cases/<rule>.json`), or says why it cannot. */
export function readCase(path: string): ReplayCase {
  let doc: unknown;
  try { doc = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new ToolError(`replay: cannot read case ${path} (${(e as Error).message}); expected a case file from reports/<runId>/cases/`); }
  const c = doc as Partial<ReplayCase>;
  if (typeof c.ruleId !== 'string' || !Array.isArray(c.exchanges) || c.exchanges.length === 0) throw new ToolError(`replay: ${path} is not a case file (expected ruleId and exchanges)`);
  if (c.setup !== undefined && (!Array.isArray(c.setup) || c.setup.length === 0)) throw new ToolError(`replay: ${path} has a malformed setup (expected a non-empty list of steps)`);
  return c as ReplayCase;
}
