import { describe, expect, it } from 'vitest';
import { replayVerdict } from './replayVerdict.js';

const rule = { id: 'r.ImageUseShared', observe: { outcome: 'error' as const, httpStatus: 403, code: 'ImageUseShared' } };
const answer = (status: number, Code?: string) => ({ status, body: { RequestId: 'x', ...(Code && { Code }) } });

describe('replayVerdict', () => {
  it('passes now when the rule holds, still fails when the answer is the recorded one, fails differently otherwise', () => {
    expect(replayVerdict(rule, answer(200), answer(403, 'ImageUseShared'), 't')).toMatchObject({ outcome: 'passes now', code: 0 });
    expect(replayVerdict(rule, answer(200), answer(200), 't')).toMatchObject({ outcome: 'still fails', code: 1 });
    const v = replayVerdict(rule, answer(200), answer(404, 'InvalidImageId.NotFound'), 't');
    expect(v).toMatchObject({ outcome: 'fails differently', code: 1 });
    expect(v.line).toContain('recorded HTTP 200, now HTTP 404 InvalidImageId.NotFound');
  });
});
