import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { Exchange } from '../verdicts/Verdict.js';
import { setupSteps } from './setupSteps.js';

const spec = getSpec();
let clock = 0;
const ex = (product: string, action: string, params: Record<string, string>, status: number, body: unknown): Exchange =>
  ({ product, action, params, signature: 'v3', status, body, startedAt: ++clock, endedAt: clock });
const listed = (status: string) => ({ RequestId: 'r', CustomImages: [{ ImageId: 'm-new1', Status: status, InShare: false, Name: 'x' }, { ImageId: 'm-other', Status: '1' }] });

describe('setupSteps', () => {
  const create = ex('swas', 'CreateCustomImage', { InstanceId: 'i1', ImageName: 'n' }, 200, { RequestId: 'r', ImageId: 'm-new1' });
  const poll = (status: string) => ex('swas', 'ListCustomImages', { ImageIds: '["m-new1"]' }, 200, listed(status));
  const failing = ex('swas', 'DeleteCustomImages', { ImageIds: '["m-new1"]' }, 200, { RequestId: 'r' });

  it('keeps every request in order, the created id, and no answer bodies', () => {
    const steps = setupSteps(spec, [create, poll('0'), failing]);
    expect(steps.map((s) => s.action)).toEqual(['CreateCustomImage', 'ListCustomImages', 'DeleteCustomImages']);
    expect(steps[0]).toEqual({ product: 'swas', action: 'CreateCustomImage', params: { InstanceId: 'i1', ImageName: 'n' }, signature: 'v3', status: 200, created: 'm-new1' });
    expect(JSON.stringify(steps)).not.toContain('RequestId');
  });

  it('turns identical consecutive reads into one polled step with the last answer, for the resources the test made or names', () => {
    const steps = setupSteps(spec, [create, poll('0'), poll('0'), poll('1'), failing]);
    expect(steps).toHaveLength(3);
    expect(steps[1]).toMatchObject({ action: 'ListCustomImages', polled: 3, resources: { 'm-new1': { Status: '1', InShare: 'false' } } });
    expect(steps[1]!.resources).not.toHaveProperty('m-other');
  });

  it('keeps a burst sent without pacing as single sends, and records how each step was sent', () => {
    const burst = [poll('1'), poll('1'), poll('1')];
    const steps = setupSteps(spec, [create, ...burst, failing], (e) => (burst.includes(e) ? { pace: false, retry: false } : e === failing ? { retry: false, as: 'peer' } : {}));
    expect(steps.filter((s) => s.action === 'ListCustomImages')).toHaveLength(3);
    expect(steps[1]).toMatchObject({ pace: false, retry: false });
    expect(steps.at(-1)).toMatchObject({ retry: false, as: 'peer' });
  });

  it('records a resource the read no longer lists as null, an error answer with its code and no created id', () => {
    const gone = ex('swas', 'ListCustomImages', {}, 200, { RequestId: 'r', CustomImages: [] });
    const refused = ex('swas', 'CreateCustomImage', { ImageName: 'n' }, 400, { RequestId: 'r', Code: 'CustomImageQuotaLimit' });
    const steps = setupSteps(spec, [create, gone, refused]);
    expect(steps[1]!.resources).toEqual({ 'm-new1': null });
    expect(steps[2]).toMatchObject({ status: 400, code: 'CustomImageQuotaLimit' });
    expect(steps[2]).not.toHaveProperty('created');
  });
});
