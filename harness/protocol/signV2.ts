import { createHmac } from 'node:crypto';
import { canonicalQuery, type Pair } from './canonicalQuery.js';
import { encode } from './encode.js';

export interface SignV2Input {
  /** HTTP method, e.g. GET or POST (upper-cased here). */
  method: string;
  /**
   * Every request parameter, decoded: common parameters (see buildV2Params),
   * operation parameters from the query and from a form body. A `Signature`
   * pair, if present, is ignored.
   */
  params: Iterable<Pair>;
  accessKeySecret: string;
}

export interface SignV2Result {
  canonicalQuery: string;
  stringToSign: string;
  signature: string;
  /** The input parameters without any old Signature, plus the new one. */
  signedParams: Pair[];
}

/**
 * RPC signature V2 (SignatureMethod=HMAC-SHA1, SignatureVersion=1.0):
 * StringToSign = METHOD & enc("/") & enc(canonicalQuery), and
 * Signature = base64(hmac-sha1(secret + "&", StringToSign)).
 */
export function signV2(input: SignV2Input): SignV2Result {
  const unsigned = [...input.params].filter(([name]) => name !== 'Signature');
  const query = canonicalQuery(unsigned);
  const stringToSign = `${input.method.toUpperCase()}&${encode('/')}&${encode(query)}`;
  const signature = createHmac('sha1', `${input.accessKeySecret}&`)
    .update(stringToSign)
    .digest('base64');
  return {
    canonicalQuery: query,
    stringToSign,
    signature,
    signedParams: [...unsigned, ['Signature', signature]],
  };
}
