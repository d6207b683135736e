import { createRequire } from 'node:module';
import { ToolError } from '../errors/ToolError.js';
import type { CredentialSource, Credentials } from './Profile.js';

/**
 * Credentials of a profile: inline, or from the official environment variables
 * (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN),
 * falling back to the official credentials chain of @alicloud/credentials.
 */
export async function resolveCredentials(source: CredentialSource, env: NodeJS.ProcessEnv = process.env): Promise<Credentials> {
  if (!('fromEnvironment' in source)) return source;
  const id = env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
  const secret = env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
  if (id && secret) return { accessKeyId: id, accessKeySecret: secret, ...(env['ALIBABA_CLOUD_SECURITY_TOKEN'] ? { securityToken: env['ALIBABA_CLOUD_SECURITY_TOKEN'] } : {}) };
  try {
    const Credential = (createRequire(import.meta.url)('@alicloud/credentials') as { default: new () => { getCredential(): Promise<{ accessKeyId?: string; accessKeySecret?: string; securityToken?: string }> } }).default;
    const c = await new Credential().getCredential();
    if (c.accessKeyId && c.accessKeySecret) return { accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, ...(c.securityToken ? { securityToken: c.securityToken } : {}) };
  } catch { /* reported below */ }
  throw new ToolError('credentials: none found; expected ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or a configured Alibaba Cloud credentials chain');
}
