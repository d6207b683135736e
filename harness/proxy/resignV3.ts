import { decodeRequest, signV3, verifyV3, type CredentialStore } from '../protocol/index.js';
import type { ForwardRequest } from './Upstream.js';

/**
 * Headers for sending a client's V3 request on to another host (the real endpoint, when the client
 * signed for the proxy's address): Host replaced and, only when the client's own signature holds
 * with the profile's secret, the request signed again for the new host. A request whose signature
 * does not hold is sent on unchanged apart from Host, so the upstream refuses it as it would.
 */
export function resignV3(request: ForwardRequest, headers: Record<string, string>, host: string, credentials: CredentialStore): Record<string, string> {
  const out: Record<string, string> = { ...headers, host };
  const decoded = decodeRequest({ method: request.method, url: request.url, headers: request.headers, body: request.body });
  if (!decoded.ok || decoded.request.signature.scheme !== 'v3') return out;
  const check = verifyV3(decoded.request, decoded.request.signature.authorization, credentials);
  const secret = check.ok ? credentials(check.accessKeyId) : undefined;
  if (!check.ok || secret === undefined) return out;
  const signed: Record<string, string> = {};
  for (const [name, value] of Object.entries(out)) {
    if ((name.startsWith('x-acs-') && name !== 'x-acs-content-sha256') || name === 'host' || name === 'content-type') signed[name] = value;
  }
  const { headers: auth } = signV3({ method: decoded.request.method, path: decoded.request.path, query: decoded.request.queryPairs, headers: signed, body: request.body, accessKeyId: check.accessKeyId, accessKeySecret: secret });
  delete out['authorization'];
  return { ...out, 'x-acs-content-sha256': auth['x-acs-content-sha256'], authorization: auth.Authorization };
}
