import { SpecError } from '../../spec/index.js';
import { ToolError, UsageError } from '../errors/ToolError.js';
import { specCommands } from './specCommands.js';

const USAGE = `usage: acs-conformance <command>
  run [--target emulator|mock|cloud|URL] [--profile FILE] [--suite NAME]... [--seed N] [--runs N]
      [--report-dir DIR] [--baseline FILE] [--update-baseline] [--shard i/n] [--allow-mutations]
      [--deviation NAME]... [--rate-limit-tests] [--rule ID]... [--replay-path PATH] [--world-seed N]
      [--jobs N] [--budget-minutes M] [--max-creates N] [--resume DIR] [--plan [--json]]
                          run the suites against a target and write reports/<runId>/ (--plan:
                          print what it would call, create and cost, and call nothing)
  replay CASE [--target T] [--profile FILE]
                          re-create a failure's setup and re-send its failing request
                          (or re-run a stateful counterexample): still fails, fails
                          differently or passes now
  cleanup (--ledger FILE | --sweep) [--target T] --profile FILE
                          delete what a run created (from its ledger, or by name prefix)
  report merge DIR... --out DIR
                          merge shard reports into one
  spec check              load and check every spec file
  spec rules [--json]     print the rule catalogue
  spec bundle --out DIR   write one OpenAPI 3.1 document per product
  serve [--port N] [--host 127.0.0.1] [--deviation NAME]... [--time-scale F] [--rate-limits on|off]
        [--world-seed N] [--write-profile FILE]
                          run the bundled emulator (--list-deviations prints the catalogue)
  proxy [--port N] [--host 127.0.0.1] [--upstream emulator|mock|cloud|URL] [--profile FILE]
        [--report-dir DIR] [--inject SPEC]... [--duration D] [--seed N]
                          judge the requests of any client pointed at it (SPEC: throttle=0.2,
                          5xx=0.1, latency=200ms, reset-after-commit=0.1); on SIGTERM/SIGINT or
                          after --duration write reports/<runId>/ with exchanges.har`;

/** Runs one CLI invocation and returns its exit code (0 ok, 1 conformance failures, 2 tool error). */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, sub, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'spec') {
      const run = sub === undefined ? undefined : specCommands[sub];
      if (!run) throw new UsageError(`spec: unknown sub-command '${sub ?? ''}' (expected: ${Object.keys(specCommands).join(', ')})`);
      return await run(rest);
    }
    const rest2 = [sub, ...rest].filter((a): a is string => a !== undefined);
    // Commands load on demand: `spec` and `serve` need neither vitest nor the report writers.
    if (command === 'run') return await (await import('../run/runCommand.js')).runCommand(rest2);
    if (command === 'replay') return await (await import('./replayCommand.js')).replayCommand(rest2);
    if (command === 'cleanup') return await (await import('./cleanupCommand.js')).cleanupCommand(rest2);
    if (command === 'report') return await (await import('./reportCommand.js')).reportCommand(rest2);
    if (command === 'proxy') return await (await import('../proxy/proxyCommand.js')).proxyCommand(rest2);
    if (command === 'serve') return await (await import('./serveCommand.js')).serveCommand([sub, ...rest].filter((a): a is string => a !== undefined));
    throw new UsageError(`unknown command '${command}' (expected: run, replay, cleanup, report, serve, proxy, spec; see --help)`);
  } catch (error) {
    if (error instanceof ToolError || error instanceof SpecError) {
      process.stderr.write(`acs-conformance: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`acs-conformance: internal error: ${message.split('\n')[0]}${process.env['ACS_DEBUG'] ? `\n${(error as Error).stack}` : ' (set ACS_DEBUG=1 for details)'}\n`);
    return 2;
  }
}
