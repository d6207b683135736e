import { DEVIATIONS } from '../emulator/deviations.js';
import { startEmulator } from '../emulator/startEmulator.js';
import { UsageError } from '../errors/ToolError.js';
import { buildWorld } from '../model/world/buildWorld.js';
import { writeServeProfile } from './writeServeProfile.js';
import { parseCommand } from './parseCommand.js';

const positive = (flag: string, text: string | undefined, fallback: number, integer = false): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)) || (!integer && n <= 0)) {
    throw new UsageError(`serve: ${flag} '${text}' is not valid (expected ${integer ? 'a port number 0-65535' : 'a positive number'})`);
  }
  return n;
};

/**
 * `serve [--port N] [--host H] [--deviation NAME]... [--time-scale F] [--rate-limits on|off]
 * [--world-seed N [--write-profile FILE]]`: runs the bundled emulator (serving world N) until
 * SIGTERM or SIGINT; prints `listening on URL` once ready, after the profile is written.
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommand('serve', args, {
    port: { type: 'string' }, host: { type: 'string' }, deviation: { type: 'string', multiple: true },
    'time-scale': { type: 'string' }, 'rate-limits': { type: 'string' }, 'list-deviations': { type: 'boolean' },
    'world-seed': { type: 'string' }, 'write-profile': { type: 'string' },
  });
  if (values['list-deviations']) {
    for (const [name, d] of Object.entries(DEVIATIONS)) process.stdout.write(`${name}\t${d.summary}\tbreaks: ${d.breaks.join(', ')}\n`);
    return 0;
  }
  const port = positive('--port', values.port, 0, true);
  if (port > 65535) throw new UsageError(`serve: --port '${values.port}' is not valid (expected a port number 0-65535)`);
  const rate = values['rate-limits'] ?? 'on';
  if (rate !== 'on' && rate !== 'off') throw new UsageError(`serve: --rate-limits '${rate}' is not valid (expected on or off)`);
  const unknown = (values.deviation ?? []).filter((d) => !Object.hasOwn(DEVIATIONS, d));
  if (unknown.length) throw new UsageError(`serve: unknown deviation '${unknown[0]}' (see serve --list-deviations)`);

  const seedText = values['world-seed'];
  if (seedText !== undefined && !/^[0-9]{1,9}$/.test(seedText)) throw new UsageError(`serve: --world-seed '${seedText}' is not valid (expected an integer 0-999999999; 0 is the default world)`);
  const world = buildWorld(Number(seedText ?? 0));
  const timeScale = positive('--time-scale', values['time-scale'], 1);
  const emulator = await startEmulator({
    host: values.host ?? '127.0.0.1', port, deviations: values.deviation ?? [], world, timeScale, rateLimits: rate === 'on',
  });
  if (values['write-profile']) {
    try {
      writeServeProfile(values['write-profile'], world, emulator.url, { timeScale, enforced: rate === 'on' });
    } catch (error) {
      await emulator.close();
      throw error;
    }
  }
  process.stdout.write(`listening on ${emulator.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await emulator.close();
  return 0;
}
