// vitest setup file of runs against --target mock: serves the reference model in-process with msw
// in every worker, for the endpoints of the run's profile.
import { afterAll } from 'vitest';
import { buildWorld } from '../model/world/buildWorld.js';
import { startMock } from '../mock/startMock.js';
import { readRunConfig } from './RunConfig.js';

const config = readRunConfig();
if (config.target.kind === 'mock') {
  const hosts = [config.profile.endpoints.swas, config.profile.endpoints.ecs].map((u) => new URL(u).host);
  const mock = startMock({ hosts: [...new Set(hosts)], deviations: config.deviations, world: buildWorld(config.worldSeed ?? 0), timeScale: config.profile.rateLimits?.timeScale ?? 1, rateLimits: config.profile.rateLimits?.enforced ?? true, delays: { snapshotMs: 3000, imageMs: 3000 } });
  afterAll(() => mock.close());
}
