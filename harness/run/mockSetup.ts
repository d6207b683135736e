// vitest setup file of runs against --target mock: serves the reference model in-process with msw
// in every worker, for the endpoints of the run's profile. Each test file gets its own mock, at
// that suite's time scale (a top-level beforeAll of a setup file receives the test file).
import { afterAll, beforeAll } from 'vitest';
import { buildWorld } from '../model/world/buildWorld.js';
import { startMock, type RunningMock } from '../mock/startMock.js';
import { readRunConfig } from './RunConfig.js';
import { suiteOf, suiteTimeScale } from './suiteTimeScale.js';

const config = readRunConfig();
if (config.target.kind === 'mock') {
  const hosts = [config.profile.endpoints.swas, config.profile.endpoints.ecs].map((u) => new URL(u).host);
  let mock: RunningMock | undefined;
  // vitest 4 passes the hook's context first (it must be a destructuring pattern) and the file second.
  beforeAll(({}, file) => {
    mock = startMock({
      hosts: [...new Set(hosts)], deviations: config.deviations, world: buildWorld(config.worldSeed ?? 0), timeScale: suiteTimeScale(config, suiteOf(file.file.filepath)),
      rateLimits: config.profile.rateLimits?.enforced ?? true, delays: { snapshotMs: 3000, imageMs: 3000 },
    });
  });
  afterAll(() => mock?.close());
}
