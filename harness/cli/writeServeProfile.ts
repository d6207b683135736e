import { existsSync, writeFileSync } from 'node:fs';
import type { World } from '../model/world/World.js';
import { ToolError } from '../errors/ToolError.js';
import { loadProfile } from '../targets/loadProfile.js';
import { EMULATOR_PROFILE } from '../targets/resolveTarget.js';
import { worldProfile } from '../targets/worldProfile.js';

/**
 * `serve --write-profile FILE`: the target profile of the served world, with the emulator's URL as
 * both endpoints and its rate-limit settings, ready for `run --target URL --profile FILE`. An
 * existing file is never overwritten.
 */
export function writeServeProfile(path: string, world: World, url: string, rateLimits: { timeScale: number; enforced: boolean }): void {
  if (existsSync(path)) throw new ToolError(`serve: --write-profile ${path} exists; it is not overwritten (expected a new file name)`);
  const profile = worldProfile(world, loadProfile(EMULATOR_PROFILE));
  const { $schema: _schema, ...rest } = profile as typeof profile & { $schema?: string };
  // `serve` keeps images Creating and snapshots Progressing for 300 ms at time scale 1 (the model's default delays).
  const doc = { ...rest, endpoints: { swas: url, ecs: url }, rateLimits: { enforced: rateLimits.enforced, timeScale: rateLimits.timeScale },
    createTimes: { customImageMs: 300, snapshotMs: 300, ecsImageMs: 300 } };
  try {
    writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    throw new ToolError(`serve: cannot write the profile to ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a writable new file`);
  }
}
