import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { Conformance } from './Conformance.js';
import { ErrorRules } from './ErrorRules.js';

const spec = getSpec();

describe('ErrorRules', () => {
  const registered: string[][] = [];
  const c = { spec, rule: (ids: string | string[]) => registered.push([ids].flat()) } as unknown as Conformance;

  it('registers every code without a scenario, and refuses a missing emulator-reachable one', () => {
    const e = new ErrorRules(c, ['swas.DeleteSnapshot']);
    expect(() => e.rest()).toThrow(/no scenario for swas.DeleteSnapshot.error.InvalidSnapshotId.NotFound/);
    const f = new ErrorRules(c, ['swas.DeleteSnapshot']);
    registered.length = 0;
    f.rule('swas.DeleteSnapshot.error.InvalidSnapshotId.NotFound', async () => {});
    f.rest();
    expect(registered).toEqual([['swas.DeleteSnapshot.error.InvalidSnapshotId.NotFound'], ['swas.DeleteSnapshot.error.InternalError']]);
  });

  it('refuses unknown operations, foreign rules, duplicates and groups mixing reachabilities', () => {
    expect(() => new ErrorRules(c, ['swas.NoSuchOperation'])).toThrow(/not an operation/);
    const e = new ErrorRules(c, ['swas.DeleteSnapshot', 'ecs.DeleteImage']);
    expect(() => e.rule('swas.CreateSnapshot.error.InternalError', async () => {})).toThrow(/not an error rule/);
    e.rule('ecs.DeleteImage.error.InvalidImageId.NotFound', async () => {});
    expect(() => e.rule('ecs.DeleteImage.error.InvalidImageId.NotFound', async () => {})).toThrow(/two scenarios/);
    expect(() => e.rule(['ecs.DeleteImage.error.ImageUseShared', 'ecs.DeleteImage.error.ImageIsPublic'], async () => {})).toThrow(/mix reachabilities/);
  });
});
