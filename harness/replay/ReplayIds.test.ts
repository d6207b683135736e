import { describe, expect, it } from 'vitest';
import { ReplayIds } from './ReplayIds.js';

describe('ReplayIds', () => {
  it('puts the new id in every place the recorded one was: plain, JSON-array strings, list parameters', () => {
    const ids = new ReplayIds('20260101T000000Z-abcdef');
    ids.replace('m-old1', 'm-new1');
    ids.replace('s-old2', 's-new2');
    expect(ids.params({ ImageId: 'm-old1', ImageIds: '["m-other","m-old1"]', 'ImageId.1': 's-old2', Other: 'm-other' }))
      .toEqual({ ImageId: 'm-new1', ImageIds: '["m-other","m-new1"]', 'ImageId.1': 's-new2', Other: 'm-other' });
    expect(ids.id('m-old1')).toBe('m-new1');
    expect(ids.id('m-other')).toBe('m-other');
  });

  it("gives names this replay's run prefix, tags its run id, and each recorded ClientToken one fresh token", () => {
    const ids = new ReplayIds('20260101T000000Z-abcdef');
    const p = ids.params({ ImageName: 'acsc123456-img-x1', 'Tag.1.Value': '20251231T235959Z-123456', ClientToken: 't1', Description: 'acsc description' });
    expect(p).toMatchObject({ ImageName: 'acscabcdef-img-x1', 'Tag.1.Value': '20260101T000000Z-abcdef', Description: 'acsc description' });
    expect(p['ClientToken']).not.toBe('t1');
    expect(ids.params({ ClientToken: 't1' })['ClientToken']).toBe(p['ClientToken']);
    expect(ids.params({ ClientToken: 't2' })['ClientToken']).not.toBe(p['ClientToken']);
  });
});
