import { describe, expect, it } from 'vitest';
import type { Observe } from '../../spec/index.js';
import { judgeAnswer } from './judgeAnswer.js';

const rule = (observe: Observe) => ({ observe });
const err = (status: number, Code?: string) => ({ status, body: Code ? { RequestId: 'r', HostId: 'h', Code, Message: 'm', Recommend: 'x' } : { RequestId: 'r' } });

describe('judgeAnswer', () => {
  it('matches status and code exactly', () => {
    const r = rule({ outcome: 'error', httpStatus: 400, code: 'CustomImageQuotaLimit' });
    expect(judgeAnswer(r, err(400, 'CustomImageQuotaLimit')).matches).toBe(true);
    expect(judgeAnswer(r, err(403, 'CustomImageQuotaLimit')).matches).toBe(false);
    expect(judgeAnswer(r, err(400, 'InvalidParameter')).matches).toBe(false);
    expect(judgeAnswer(r, err(400)).received).toBe('HTTP 400 (no Code field)');
  });

  it('accepts any of several codes or statuses, a prefix, a status class', () => {
    expect(judgeAnswer(rule({ outcome: 'error', httpStatuses: [400, 403], codes: ['A', 'B'] }), err(403, 'B')).matches).toBe(true);
    expect(judgeAnswer(rule({ outcome: 'error', httpStatuses: [400, 403], codes: ['A', 'B'] }), err(404, 'B')).matches).toBe(false);
    expect(judgeAnswer(rule({ outcome: 'error', codePrefix: 'Throttling' }), err(429, 'Throttling.User')).matches).toBe(true);
    expect(judgeAnswer(rule({ outcome: 'error', statusClass: '4xx' }), err(409, 'Whatever')).matches).toBe(true);
    expect(judgeAnswer(rule({ outcome: 'error', statusClass: '4xx' }), err(500, 'InternalError')).matches).toBe(false);
  });

  it('requires HTTP 200 with a RequestId for success', () => {
    expect(judgeAnswer(rule({ outcome: 'success' }), { status: 200, body: { RequestId: 'x' } }).matches).toBe(true);
    expect(judgeAnswer(rule({ outcome: 'success' }), { status: 200, body: {} }).matches).toBe(false);
    expect(judgeAnswer(rule({ outcome: 'success' }), { status: 400, body: { RequestId: 'x' } }).matches).toBe(false);
  });
});
