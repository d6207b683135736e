import { UsageError } from '../errors/ToolError.js';
import { parseRunArgs } from '../run/parseRunArgs.js';
import { parseCleanupArgs } from './parseCleanupArgs.js';
import { parseReportArgs } from './parseReportArgs.js';
import { parseServeArgs } from './parseServeArgs.js';

/**
 * Checks the arguments of one `acs-conformance` command line (after the program name) with the
 * parser its command uses, doing nothing else: a flag the command does not know, a missing value
 * or a bad one throws the UsageError the command would print. For documents that show command
 * lines (examples/ci/github-actions.yml): they cannot go stale unnoticed.
 */
export function checkCommandLine(argv: readonly string[]): void {
  const [command, ...rest] = argv;
  if (command === 'run') parseRunArgs(rest);
  else if (command === 'serve') parseServeArgs(rest);
  else if (command === 'cleanup') parseCleanupArgs(rest);
  else if (command === 'report') parseReportArgs(rest);
  else throw new UsageError(`unknown or unchecked command '${command ?? ''}' (expected: run, serve, cleanup, report)`);
}
