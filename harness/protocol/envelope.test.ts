import { describe, expect, it } from 'vitest';
import { errorBody, isErrorEnvelope, newRequestId } from './envelope.js';

describe('error envelope', () => {
  const input = {
    requestId: '2D3B0A2F-7E43-4B5E-9D2B-0A1B2C3D4E5F',
    hostId: 'swas.cn-hangzhou.aliyuncs.com',
    code: 'InvalidParameter.ImageName',
    message: 'The specified ImageName is invalid.',
    product: 'SWAS-OPEN',
  };

  it('builds the five fields with the troubleshooting link', () => {
    expect(errorBody(input)).toEqual({
      RequestId: input.requestId,
      HostId: input.hostId,
      Code: input.code,
      Message: input.message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidParameter.ImageName&product=SWAS-OPEN&requestId=${input.requestId}`,
    });
    expect(errorBody({ ...input, recommend: 'https://example.com/r' }).Recommend).toBe('https://example.com/r');
    expect(errorBody({ ...input, code: 'A&B', product: 'E cs' }).Recommend).toContain('q=A%26B&product=E%20cs&');
  });

  it('recognises envelopes only when all five fields are non-empty strings', () => {
    expect(isErrorEnvelope(errorBody(input))).toBe(true);
    for (const field of ['RequestId', 'HostId', 'Code', 'Message', 'Recommend']) {
      expect(isErrorEnvelope({ ...errorBody(input), [field]: '' })).toBe(false);
      expect(isErrorEnvelope({ ...errorBody(input), [field]: 1 })).toBe(false);
      const { [field as 'Code']: _dropped, ...rest } = errorBody(input);
      expect(isErrorEnvelope(rest)).toBe(false);
    }
    expect(isErrorEnvelope(null)).toBe(false);
    expect(isErrorEnvelope('x')).toBe(false);
  });

  it('makes fresh upper-case UUID request ids', () => {
    const id = newRequestId();
    expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(newRequestId()).not.toBe(id);
  });
});
