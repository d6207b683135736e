import { DEVIATIONS } from '../emulator/deviations.js';
import { UsageError } from '../errors/ToolError.js';
import { parseCommand } from './parseCommand.js';

/** The flags of `acs-conformance serve`, checked. */
export interface ServeArgs {
  listDeviations: boolean;
  port: number;
  host: string;
  deviations: string[];
  rateLimits: boolean;
  worldSeed: number;
  timeScale: number;
  writeProfile?: string;
}

const positive = (flag: string, text: string | undefined, fallback: number, integer = false): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)) || (!integer && n <= 0)) {
    throw new UsageError(`serve: ${flag} '${text}' is not valid (expected ${integer ? 'a port number 0-65535' : 'a positive number'})`);
  }
  return n;
};

/** Parses and checks the flags of `serve`; a bad one is a one-line UsageError. */
export function parseServeArgs(args: string[]): ServeArgs {
  const { values } = parseCommand('serve', args, {
    port: { type: 'string' }, host: { type: 'string' }, deviation: { type: 'string', multiple: true },
    'time-scale': { type: 'string' }, 'rate-limits': { type: 'string' }, 'list-deviations': { type: 'boolean' },
    'world-seed': { type: 'string' }, 'write-profile': { type: 'string' },
  });
  const port = positive('--port', values.port, 0, true);
  if (port > 65535) throw new UsageError(`serve: --port '${values.port}' is not valid (expected a port number 0-65535)`);
  const rate = values['rate-limits'] ?? 'on';
  if (rate !== 'on' && rate !== 'off') throw new UsageError(`serve: --rate-limits '${rate}' is not valid (expected on or off)`);
  const unknown = (values.deviation ?? []).filter((d) => !Object.hasOwn(DEVIATIONS, d));
  if (unknown.length) throw new UsageError(`serve: unknown deviation '${unknown[0]}' (see serve --list-deviations)`);
  const seedText = values['world-seed'];
  if (seedText !== undefined && !/^[0-9]{1,9}$/.test(seedText)) throw new UsageError(`serve: --world-seed '${seedText}' is not valid (expected an integer 0-999999999; 0 is the default world)`);
  return {
    listDeviations: values['list-deviations'] ?? false, port, host: values.host ?? '127.0.0.1', deviations: values.deviation ?? [],
    rateLimits: rate === 'on', worldSeed: Number(seedText ?? 0), timeScale: positive('--time-scale', values['time-scale'], 1),
    ...(values['write-profile'] !== undefined && { writeProfile: values['write-profile'] }),
  };
}
