import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { blockOf, candidates } from './Candidate.js';
import type { PlanFixture, PlannedTest } from './PlanFixture.js';
import type { PlanTarget } from './PlanTarget.js';

const spec = getSpec();
const target: PlanTarget = { kind: 'emulator', label: 'emulator', profile: { region: 'cn-hangzhou', endpoints: { swas: 'x', ecs: 'x' } } as PlanTarget['profile'], allowMutations: true, rateLimitTests: true };
const NOT_FOUND = 'swas.DeleteSnapshot.error.InvalidSnapshotId.NotFound';
const REQUIRED = 'swas.DeleteSnapshot.param.SnapshotId.required';
const NOTHING = 'swas.DeleteSnapshot.state.RefusalChangesNothing';
const planned = (test: string, rules: string[], verdicts: Record<string, string>, trace: PlannedTest['full']['trace']): PlannedTest =>
  ({ test, rules, implied: [NOTHING], verdicts, full: { trace }, once: { trace } });

describe('candidates (what a plan may pick)', () => {
  it('counts a refusal rule a test implies as covered only where its recording checked it', () => {
    const fixture: PlanFixture = { suite: 's', recorded: { seed: 1, runs: 50, target: 'emulator' }, tests: [
      // A refusal of an unknown id touches nothing: the recording saw no verdict of NOTHING.
      planned(`errors > ${NOT_FOUND} + ${NOTHING}`, [NOT_FOUND], { [NOT_FOUND]: 'pass' }, [['swas.DeleteSnapshot', 1]]),
      planned(`schema > swas.DeleteSnapshot > ${REQUIRED} + ${NOTHING}`, [REQUIRED], { [REQUIRED]: 'pass', [NOTHING]: 'pass' },
        [['swas.CreateSnapshot+*', 1], ['settle*', 1], ['swas.DeleteSnapshot', 1]]),
    ] };
    const [unknownId, required] = candidates(spec, target, [fixture]);
    expect(unknownId!.covers).toEqual([NOT_FOUND]);
    expect(required!.covers).toEqual([REQUIRED, NOTHING]);
    // What the block shares is its setup, not the test's own trace.
    expect(required!.block).toBe('schema > swas.DeleteSnapshot');
    expect(required!.blockSetup).toEqual([['swas.CreateSnapshot+*', 1], ['settle*', 1]]);
    expect(required!.once).toEqual([['swas.DeleteSnapshot', 1]]);
  });

  it('names the describe block of a test key', () => {
    expect(blockOf('schema > ecs.CreateImage > a + b')).toBe('schema > ecs.CreateImage');
    expect(blockOf('alone')).toBe('');
  });
});
