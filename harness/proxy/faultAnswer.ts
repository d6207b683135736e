import { errorBody, newRequestId } from '../protocol/index.js';
import type { ProxyAnswer } from './ProxyExchange.js';

/** The documented throttling error (ECS error tables; the code the official SDKs classify as ThrottlingError). */
export const THROTTLED = { httpStatus: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' };
/** The 500 every operation in scope documents. */
export const INTERNAL = { httpStatus: 500, code: 'InternalError', message: 'An error occurred while processing your request.' };
/** What the client gets when the upstream could not be asked (the proxy's own failure). */
export const BAD_GATEWAY = { httpStatus: 502, code: 'ProxyUpstreamUnavailable', message: 'acs-conformance proxy could not reach its upstream.' };

/** An error answer in the Alibaba envelope, as the service would send it. */
export function faultAnswer(error: { httpStatus: number; code: string; message: string }, hostId: string, product: string): ProxyAnswer {
  const requestId = newRequestId();
  const body = Buffer.from(JSON.stringify(errorBody({ requestId, hostId, code: error.code, message: error.message, product })));
  return { status: error.httpStatus, headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId }, body };
}
