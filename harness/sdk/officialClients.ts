import { createRequire } from 'node:module';
import { $OpenApiUtil } from '@alicloud/openapi-core';

// The official clients are CommonJS with `exports.default = Client`; loading them through require
// gives the class the same way under Node, tsx and vitest.
const require = createRequire(import.meta.url);
type SwasModule = typeof import('@alicloud/swas-open20200601');
type EcsModule = typeof import('@alicloud/ecs20140526');
const Swas = (require('@alicloud/swas-open20200601') as { default: SwasModule['default'] }).default;
const Ecs = (require('@alicloud/ecs20140526') as { default: EcsModule['default'] }).default;
export type SwasClient = InstanceType<SwasModule['default']>;
export type EcsClient = InstanceType<EcsModule['default']>;

/** Request and response model classes of the official SDKs. */
export const swasModels = require('@alicloud/swas-open20200601') as SwasModule;
export const ecsModels = require('@alicloud/ecs20140526') as EcsModule;

export interface OfficialClientOptions {
  /** Endpoint as `host[:port]` or a URL (`http://127.0.0.1:PORT`). */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  regionId: string;
  /** Sign with V2 (HMAC-SHA1 query signature) instead of the default V3. */
  v2?: boolean;
}

function config(o: OfficialClientOptions): $OpenApiUtil.Config {
  const url = /^https?:\/\//.test(o.endpoint) ? new URL(o.endpoint) : undefined;
  return new $OpenApiUtil.Config({
    accessKeyId: o.accessKeyId, accessKeySecret: o.accessKeySecret, regionId: o.regionId,
    endpoint: url ? url.host : o.endpoint, protocol: url ? url.protocol.replace(':', '') : 'https',
    ...(o.v2 ? { signatureAlgorithm: 'v2' } : {}),
  });
}

export const officialSwasClient = (o: OfficialClientOptions): SwasClient => new Swas(config(o));
export const officialEcsClient = (o: OfficialClientOptions): EcsClient => new Ecs(config(o));
