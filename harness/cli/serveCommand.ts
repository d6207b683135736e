import { DEVIATIONS } from '../emulator/deviations.js';
import { startEmulator } from '../emulator/startEmulator.js';
import { buildWorld } from '../model/world/buildWorld.js';
import { writeServeProfile } from './writeServeProfile.js';
import { parseServeArgs } from './parseServeArgs.js';

/**
 * `serve [--port N] [--host H] [--deviation NAME]... [--time-scale F] [--rate-limits on|off]
 * [--world-seed N [--write-profile FILE]]`: runs the bundled emulator (serving world N) until
 * SIGTERM or SIGINT; prints `listening on URL` once ready, after the profile is written.
 */
export async function serveCommand(args: string[]): Promise<number> {
  const a = parseServeArgs(args);
  if (a.listDeviations) {
    for (const [name, d] of Object.entries(DEVIATIONS)) process.stdout.write(`${name}\t${d.summary}\tbreaks: ${d.breaks.join(', ')}\n`);
    return 0;
  }
  const world = buildWorld(a.worldSeed);
  const emulator = await startEmulator({ host: a.host, port: a.port, deviations: a.deviations, world, timeScale: a.timeScale, rateLimits: a.rateLimits });
  if (a.writeProfile) {
    try {
      writeServeProfile(a.writeProfile, world, emulator.url, { timeScale: a.timeScale, enforced: a.rateLimits });
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
