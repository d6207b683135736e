import { UsageError } from '../errors/ToolError.js';
import { parseCommand } from './parseCommand.js';

/** The arguments of `acs-conformance report merge DIR... --out DIR`, checked. */
export function parseReportArgs(args: string[]): { dirs: string[]; out: string } {
  const [sub, ...rest] = args;
  if (sub !== 'merge') throw new UsageError(`report: unknown sub-command '${sub ?? ''}' (expected: merge)`);
  const { values, positionals } = parseCommand('report merge', rest, { out: { type: 'string' } }, 1000);
  if (!values.out) throw new UsageError('report merge: --out DIR is required');
  if (positionals.length === 0) throw new UsageError('report merge: give the report folders of the shards');
  return { dirs: positionals, out: values.out };
}
