import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors/ToolError.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a sub-command's arguments strictly; anything unknown is a one-line UsageError. */
export function parseCommand<O extends Options>(command: string, args: string[], options: O, positionals = 0) {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals) {
      throw new UsageError(`${command}: unexpected argument '${parsed.positionals[positionals] ?? ''}'`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    let message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(message);
    if (ambiguous) message = `the value of ${ambiguous[1]} starts with '-'; write ${ambiguous[1]}=VALUE`;
    const expected = Object.keys(options).map((o) => `--${o}`).join(', ') || 'no options';
    throw new UsageError(`${command}: ${message.replace(/\. To specify.*$/, '')} (expected: ${expected})`);
  }
}
