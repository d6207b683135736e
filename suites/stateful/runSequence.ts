import fc from 'fast-check';
import { mirrorState, Model, type RuleTest } from '../../harness/index.js';
import { cleanupWorld } from './cleanupWorld.js';
import { discoverTarget } from './discoverTarget.js';
import type { StatefulRecorder } from './StatefulRecorder.js';
import { World } from './World.js';

/**
 * Runs one command sequence against the target and a fresh reference model that mirrors what the
 * target shows now (no delays, no rate limits: the model is the oracle, not a timer). Throws the
 * first Mismatch; deletes what the sequence created on the target in every case.
 */
export async function runSequence(t: RuleTest, rec: StatefulRecorder, cmds: Iterable<fc.AsyncCommand<World, World>>): Promise<void> {
  rec.runs++;
  const d = await discoverTarget(t, rec.gone);
  const model = new Model(mirrorState(d), { rateLimits: false, delays: { snapshotMs: 0, imageMs: 0 } });
  const world = new World(t, model, d, rec);
  try {
    await fc.asyncModelRun(() => ({ model: world, real: world }), cmds);
  } finally {
    await cleanupWorld(world);
  }
}
