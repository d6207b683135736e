import type { DecodeFailure, VerifyFailure } from '../protocol/index.js';

/** An error the emulator answers before the model sees the request, with the rules it rests on. */
export interface ProtocolError { httpStatus: number; code: string; message: string; rules: string[] }

const incomplete: ProtocolError = { httpStatus: 400, code: 'IncompleteSignature', message: 'The request signature does not conform to Aliyun standards.', rules: ['acs.protocol.BadSignature'] };

/** What a signature check failure is answered with (the common error codes of the RPC gateway). */
export function signatureError(reason: VerifyFailure): ProtocolError {
  switch (reason) {
    case 'unknown-access-key': return { httpStatus: 404, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.', rules: ['acs.protocol.UnknownAccessKey'] };
    case 'bad-signature': return { httpStatus: 400, code: 'SignatureDoesNotMatch', message: 'Specified signature is not matched with our calculation.', rules: ['acs.protocol.BadSignature'] };
    case 'stale-timestamp': return { httpStatus: 400, code: 'InvalidTimeStamp.Expired', message: 'Specified time stamp or date value is expired.', rules: ['acs.protocol.StaleTimestamp'] };
    case 'missing-date': return { httpStatus: 400, code: 'MissingTimestamp', message: 'Timestamp is mandatory for this action.', rules: ['acs.protocol.MissingParameter'] };
    case 'missing-nonce': return { httpStatus: 400, code: 'MissingSignatureNonce', message: 'SignatureNonce is mandatory for this action.', rules: ['acs.protocol.MissingParameter'] };
    case 'missing-signature':
    case 'malformed-authorization': return incomplete;
  }
}

export const NONCE_USED: ProtocolError = { httpStatus: 400, code: 'SignatureNonceUsed', message: 'Specified signature nonce was used already.', rules: ['acs.protocol.NonceReused'] };
export const UNKNOWN_VERSION: ProtocolError = { httpStatus: 400, code: 'InvalidVersion', message: 'Specified parameter Version is not valid.', rules: [] };
export const INTERNAL_ERROR: ProtocolError = { httpStatus: 500, code: 'InternalError', message: 'An error occurred while processing your request.', rules: [] };

/** What an undecodable request is answered with: always a 4xx envelope, never a crash. */
export function decodeError(reason: DecodeFailure, detail: string): ProtocolError {
  switch (reason) {
    case 'missing-action': return { httpStatus: 400, code: 'MissingParameter', message: 'The input parameter "Action" that is mandatory for processing this request is not supplied.', rules: ['acs.protocol.MissingParameter'] };
    case 'missing-version': return { httpStatus: 400, code: 'MissingParameter', message: 'The input parameter "Version" that is mandatory for processing this request is not supplied.', rules: ['acs.protocol.MissingParameter'] };
    case 'bad-method': return { httpStatus: 400, code: 'UnsupportedHTTPMethod', message: 'This http method is not supported.', rules: [] };
    case 'too-large': return { httpStatus: 400, code: 'InvalidParameter', message: `The request is too large (${detail}).`, rules: [] };
    default: return { httpStatus: 400, code: 'InvalidParameter', message: `The request cannot be decoded: ${detail}.`, rules: [] };
  }
}
