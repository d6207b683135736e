// vitest setup file of runs against --target mock: serves the reference model in-process with msw
// in every worker, for the endpoints of the run's profile. Each test file gets its own mock (a
// top-level beforeAll of a setup file receives the test file); its clock comes with each call.
import { afterAll, beforeAll } from 'vitest';
import { buildWorld } from '../model/world/buildWorld.js';
import { startMock, type RunningMock } from '../mock/startMock.js';
import { readRunConfig } from './RunConfig.js';
import { EMULATOR_DELAYS } from '../emulator/emulatorTimeScales.js';
import { suiteOf } from './suiteTimeScale.js';

const config = readRunConfig();
if (config.target.kind === 'mock') {
  const hosts = [config.profile.endpoints.swas, config.profile.endpoints.ecs].map((u) => new URL(u).host);
  let mock: RunningMock | undefined;
  // vitest 4 passes the hook's context first (it must be a destructuring pattern) and the file second.
  beforeAll(({}, file) => {
    mock = startMock({
      hosts: [...new Set(hosts)], deviations: config.deviations, world: buildWorld(config.worldSeed ?? 0), timeScale: config.profile.rateLimits?.timeScale ?? 1,
      // The suite's clock reaches the mock with every call (clockHeader.ts); delays keep the profile's scale, faster where a suite only waits.
      delays: { snapshotMs: 3000 * (EMULATOR_DELAYS[suiteOf(file.file.filepath)] ?? 1), imageMs: 3000 * (EMULATOR_DELAYS[suiteOf(file.file.filepath)] ?? 1) },
      rateLimits: config.profile.rateLimits?.enforced ?? true,
    });
  });
  afterAll(() => mock?.close());
}
