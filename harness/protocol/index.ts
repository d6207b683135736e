export { encode } from './encode.js';
export { canonicalQuery, type Pair } from './canonicalQuery.js';
export { formatTimestamp, parseTimestamp } from './timestamp.js';
export {
  V3_ALGORITHM,
  canonicalHeaderValue,
  canonicalRequestV3,
  selectSignedHeaders,
  sha256Hex,
  stringToSignV3,
  type CanonicalRequestV3Input,
} from './canonicalRequestV3.js';
export { buildV3Headers, type V3HeaderInput } from './buildV3Headers.js';
export { hmacSha256Hex, signV3, type SignV3Input, type SignV3Result } from './signV3.js';
export { COMMON_PARAMS } from './commonParams.js';
export { buildV2Params, type V2ParamInput } from './buildV2Params.js';
export { signV2, type SignV2Input, type SignV2Result } from './signV2.js';
export { parseAuthorization, type V3Authorization } from './parseAuthorization.js';
export { normalizeHeaders, type RawHeaders } from './normalizeHeaders.js';
export { parseUrlEncoded, type UrlEncodedFailure, type UrlEncodedResult } from './parseUrlEncoded.js';
export {
  DEFAULT_DECODE_LIMITS,
  decodeRequest,
  type DecodeFailure,
  type DecodeLimits,
  type DecodeResult,
  type DecodedRequest,
  type RawRequest,
  type SignatureInfo,
} from './decodeRequest.js';
export {
  DEFAULT_WINDOW_MS,
  verify,
  type CredentialStore,
  type SignatureCheck,
  type VerifyFailed,
  type VerifyFailure,
  type VerifyOptions,
  type VerifyResult,
} from './verify.js';
export { verifyV2 } from './verifyV2.js';
export { verifyV3 } from './verifyV3.js';
export { createNonceCache, type NonceCache, type NonceCacheOptions } from './nonceCache.js';
export { flatten, type ParamValue } from './flatten.js';
export {
  unflatten,
  type Unflattened,
  type UnflattenedValue,
  type UnflattenError,
  type UnflattenProblem,
  type UnflattenResult,
} from './unflatten.js';
export { errorBody, isErrorEnvelope, newRequestId, type ErrorBodyInput, type ErrorEnvelope } from './envelope.js';
