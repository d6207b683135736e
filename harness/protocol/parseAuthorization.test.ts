import { describe, expect, it } from 'vitest';
import { parseAuthorization } from './parseAuthorization.js';

const SIG = 'a'.repeat(64);
const GOOD = `ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=host;x-acs-date,Signature=${SIG}`;

describe('parseAuthorization', () => {
  it('parses the three fields, tolerating spaces after commas and an upper-case signature', () => {
    const expected = { algorithm: 'ACS3-HMAC-SHA256', accessKeyId: 'AKID', signedHeaders: ['host', 'x-acs-date'], signature: SIG };
    expect(parseAuthorization(GOOD)).toEqual(expected);
    expect(parseAuthorization(GOOD.replace(/,/g, ', ').replace(SIG, SIG.toUpperCase()))).toEqual(expected);
  });

  it.each([
    ['another algorithm', GOOD.replace('SHA256 ', 'SM3 ')],
    ['no fields', 'ACS3-HMAC-SHA256'],
    ['a missing field', GOOD.replace(/,Signature=.*/, '')],
    ['a repeated field', `${GOOD},Signature=${SIG}`],
    ['an unknown field', `${GOOD},Extra=1`],
    ['an empty credential', GOOD.replace('AKID', '')],
    ['a short signature', GOOD.replace(SIG, 'abc')],
    ['a non-hex signature', GOOD.replace(SIG, 'g'.repeat(64))],
    ['an upper-case header', GOOD.replace('host', 'Host')],
    ['an empty header', GOOD.replace('host;', ';')],
    ['a repeated header', GOOD.replace('host;', 'host;host;')],
    ['a huge value', `${GOOD}${' '.repeat(10_000)}`],
  ])('rejects %s', (_what, value) => {
    expect(parseAuthorization(value)).toBeUndefined();
  });
});
