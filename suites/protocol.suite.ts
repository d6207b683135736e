import { describe } from 'vitest';
import { conformance, isErrorEnvelope } from '../harness/index.js';

// Wire protocol: signatures, rejections, the error envelope, RequestId on success.
const c = conformance();

describe('protocol', () => {
  c.rule(['acs.protocol.SignatureV3Accepted', 'acs.protocol.RequestIdOnSuccess'], async (t) => {
    const r = await t.call('swas', 'ListInstances', {}, { retry: false });
    await t.expectAnswer('acs.protocol.SignatureV3Accepted', r);
    const id = r.body?.['RequestId'];
    t.check('acs.protocol.RequestIdOnSuccess', r.status === 200 && typeof id === 'string' && id.length > 0, 'HTTP 200 with a non-empty RequestId', `HTTP ${r.status}, RequestId ${JSON.stringify(id)}`, [r.exchange]);
  });

  c.rule('acs.protocol.SignatureV2Accepted', async (t) => {
    await t.probe('acs.protocol.SignatureV2Accepted', 'ecs', 'DescribeImages', {}, { signature: 'v2' });
  });

  c.rule('acs.protocol.BadSignature', async (t) => {
    const creds = t.client.options.accounts.main;
    await t.probe('acs.protocol.BadSignature', 'swas', 'ListInstances', {}, { credentials: { ...creds, accessKeySecret: `${creds.accessKeySecret}x` } });
  });

  c.rule('acs.protocol.UnknownAccessKey', async (t) => {
    await t.probe('acs.protocol.UnknownAccessKey', 'swas', 'ListInstances', {}, { credentials: { accessKeyId: 'LTAIacsconformanceNoSuchKey', accessKeySecret: 'not-a-secret' } });
  });

  c.rule('acs.protocol.StaleTimestamp', async (t) => {
    await t.probe('acs.protocol.StaleTimestamp', 'swas', 'ListInstances', {}, { date: Date.now() - 60 * 60_000 });
  });

  c.rule('acs.protocol.NonceReused', async (t) => {
    const nonce = `acsc${Date.now()}${Math.random().toString(16).slice(2)}`;
    const first = await t.call('swas', 'ListInstances', {}, { nonce, retry: false, pace: false });
    if (first.status !== 200) return t.unknown('acs.protocol.NonceReused', `the first call was not accepted (HTTP ${first.status})`);
    const again = await t.call('swas', 'ListInstances', {}, { nonce, retry: false, pace: false });
    await t.expectAnswer('acs.protocol.NonceReused', again);
  });

  c.rule('acs.protocol.MissingParameter', async (t) => {
    await t.probe('acs.protocol.MissingParameter', 'swas', 'DeleteCustomImages', {});
  });

  c.rule('acs.protocol.UnknownAction', async (t) => {
    if (c.isCloud) return t.skip('acs.protocol.UnknownAction', 'the client calls only the operations in scope on the real cloud');
    await t.probe('acs.protocol.UnknownAction', 'swas', 'DescribeNothingAtAll', {});
  });

  c.rule(['acs.protocol.ErrorEnvelope', 'acs.protocol.RecommendField'], async (t) => {
    const r = await t.call('swas', 'ModifyImageShareStatus', { ImageId: 'm-acsconformancenone', Operation: 'Share' }, { retry: false });
    const body = r.body ?? {};
    t.check('acs.protocol.ErrorEnvelope', r.status >= 400 && ['RequestId', 'HostId', 'Code', 'Message'].every((k) => typeof body[k] === 'string' && (body[k] as string).length > 0),
      'a 4xx JSON body with non-empty RequestId, HostId, Code, Message', `HTTP ${r.status} with keys ${Object.keys(body).join(', ') || '(none)'}`, [r.exchange]);
    t.check('acs.protocol.RecommendField', isErrorEnvelope(body), 'a non-empty Recommend', `Recommend ${JSON.stringify(body['Recommend'])}`, [r.exchange]);
  });
});
