/**
 * Names of the V2 (RPC) common request parameters. They carry protocol
 * metadata, not operation input: decodeRequest leaves them out of `params`
 * (they stay in queryPairs/formPairs, which the V2 signature covers).
 */
export const COMMON_PARAMS: ReadonlySet<string> = new Set([
  'Action',
  'Version',
  'Format',
  'Timestamp',
  'SignatureNonce',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureType',
  'Signature',
  'AccessKeyId',
  'SecurityToken',
  'BearerToken',
]);
