import type { Client } from '../client/Client.js';
import { TransportError } from '../client/send.js';
import { ToolError } from '../errors/ToolError.js';

const AUTH_CODES = /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidTimeStamp|Forbidden\.RAM|NoPermission)/;

/**
 * Before any suite runs: one read per product proves the endpoint is reachable, speaks the RPC
 * protocol (JSON answers) and accepts the credentials. Anything else is a one-line tool error.
 */
export async function preflight(client: Client, endpoints: { swas: string; ecs: string }): Promise<void> {
  for (const [product, action] of [['swas', 'ListInstances'], ['ecs', 'DescribeImages']] as const) {
    let r;
    try {
      r = await client.call(product, action, {}, { retry: false, pace: false });
    } catch (error) {
      if (error instanceof TransportError) throw new ToolError(`target ${endpoints[product]} is unreachable (${error.message}); expected an endpoint speaking the Alibaba Cloud RPC protocol`);
      throw error;
    }
    if (r.body === undefined) {
      const kind = /^\s*</.test(r.text) ? 'HTML or XML' : 'something that is not JSON';
      throw new ToolError(`target ${endpoints[product]} answered ${action} with HTTP ${r.status} and ${kind}; expected a JSON answer of the Alibaba Cloud RPC protocol`);
    }
    const code = typeof r.body['Code'] === 'string' ? r.body['Code'] : '';
    if (AUTH_CODES.test(code)) throw new ToolError(`target ${endpoints[product]} refused the credentials (${code}); check the profile's credentials`);
  }
}
