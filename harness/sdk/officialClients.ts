import { createRequire } from 'node:module';
import type { $OpenApiUtil } from '@alicloud/openapi-core';
import { getSpec } from '../../spec/index.js';
import { tracedClient, type SdkRun } from './tracedClient.js';

// The official clients are CommonJS with `exports.default = Client`; loading them through require
// gives the class the same way under Node, tsx and vitest. They load on first use: they take more
// than a second to load, and only the sdk suite needs them.
const require = createRequire(import.meta.url);
type SwasModule = typeof import('@alicloud/swas-open20200601');
type EcsModule = typeof import('@alicloud/ecs20140526');
type CoreModule = typeof import('@alicloud/openapi-core');
export type SwasClient = InstanceType<SwasModule['default']>;
export type EcsClient = InstanceType<EcsModule['default']>;

/** A module's exports, required the first time one of them is read. */
function onFirstUse<T extends object>(name: string): T {
  let loaded: T | undefined;
  const load = () => (loaded ??= require(name) as T);
  return new Proxy({} as T, { get: (_target, key) => (load() as Record<string | symbol, unknown>)[key], has: (_target, key) => key in load() });
}

/** Request and response model classes of the official SDKs. */
export const swasModels = onFirstUse<SwasModule>('@alicloud/swas-open20200601');
export const ecsModels = onFirstUse<EcsModule>('@alicloud/ecs20140526');
const core = onFirstUse<CoreModule>('@alicloud/openapi-core');

export interface OfficialClientOptions {
  /** Endpoint as `host[:port]` or a URL (`http://127.0.0.1:PORT`). */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  regionId: string;
  /** Sign with V2 (HMAC-SHA1 query signature) instead of the default V3. */
  v2?: boolean;
  /**
   * The run's ledger, id and --max-creates: what the client creates and deletes is recorded there
   * (with `endpoint` and the region), a create past the limit is not sent (tracedClient.ts).
   */
  run?: Pick<SdkRun, 'ledger' | 'runId' | 'maxCreates'>;
}

function config(o: OfficialClientOptions): $OpenApiUtil.Config {
  const url = /^https?:\/\//.test(o.endpoint) ? new URL(o.endpoint) : undefined;
  return new core.$OpenApiUtil.Config({
    accessKeyId: o.accessKeyId, accessKeySecret: o.accessKeySecret, regionId: o.regionId,
    endpoint: url ? url.host : o.endpoint, protocol: url ? url.protocol.replace(':', '') : 'https',
    ...(o.v2 ? { signatureAlgorithm: 'v2' } : {}),
  });
}

// Their calls go into the run's call trace and ledger, their creates are held to its --max-creates (tracedClient.ts).
const runOf = (o: OfficialClientOptions): SdkRun => ({ ...o.run, region: o.regionId, endpoint: o.endpoint });
export const officialSwasClient = (o: OfficialClientOptions): SwasClient => tracedClient(new swasModels.default(config(o)), 'swas', getSpec(), runOf(o));
export const officialEcsClient = (o: OfficialClientOptions): EcsClient => tracedClient(new ecsModels.default(config(o)), 'ecs', getSpec(), runOf(o));
