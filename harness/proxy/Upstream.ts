import type { IncomingHttpHeaders } from 'node:http';
import type { Spec } from '../../spec/index.js';
import { EmulatorCore } from '../emulator/EmulatorCore.js';
import type { CredentialStore } from '../protocol/index.js';
import type { Credentials, Profile } from '../targets/Profile.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';
import { resolveTarget } from '../targets/resolveTarget.js';
import { forwardHeaders, forwardHttp } from './forwardHttp.js';
import type { ProxyAnswer } from './ProxyExchange.js';
import { resignV3 } from './resignV3.js';

/** A request as the proxy received it, to be sent on. */
export interface ForwardRequest { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }

/** Where the proxy sends requests on to, and what it knows about it. */
export interface Upstream {
  kind: 'emulator' | 'mock' | 'url' | 'cloud';
  label: string;
  /** The region the proxy stands for (RegionMatchesEndpoint); the profile's. */
  region?: string;
  profileName?: string;
  /** Secrets of the AccessKeys the profile names: signatures are recomputed with them. */
  credentials: CredentialStore;
  /** Whether any secret is known (else signatures are checked for structure only). */
  hasSecrets: boolean;
  /** The secrets themselves, to scrub from everything written (the last line of defence after redaction). */
  secrets: readonly string[];
  /** A URL that reaches the upstream without the proxy (the benchmark's baseline), when there is one. */
  url?: string;
  forward(request: ForwardRequest, product?: 'swas' | 'ecs'): Promise<ProxyAnswer>;
  close(): Promise<void>;
}

const secretsOf = (keys: Credentials[]) => keys.flatMap((k) => [k.accessKeySecret, ...(k.securityToken ? [k.securityToken] : [])]);
const store = (keys: Credentials[]): CredentialStore => {
  const map = new Map(keys.map((k) => [k.accessKeyId, k.accessKeySecret]));
  return (id) => map.get(id);
};

async function profileKeys(p: Profile): Promise<Credentials[]> {
  return [await resolveCredentials(p.credentials), ...(p.peer ? [await resolveCredentials(p.peer.credentials)] : [])];
}

/** An upstream served in-process by an emulator core (the bundled emulator's, or the mock's). */
export function coreUpstream(core: EmulatorCore, kind: 'emulator' | 'mock', keys: Credentials[], extra: Partial<Upstream> = {}): Upstream {
  return {
    kind, label: kind, credentials: store(keys), hasSecrets: keys.length > 0, secrets: secretsOf(keys), ...extra,
    async forward(r) {
      const answer = await core.handle({ method: r.method, url: r.url, headers: r.headers, body: r.body });
      return { status: answer.status, headers: answer.headers, body: Buffer.from(answer.body) };
    },
    close: extra.close ?? (async () => {}),
  };
}

/**
 * An upstream over HTTP(S). `endpoints` per product; with `resign`, V3 requests are signed again
 * for the endpoint's host (the real cloud checks its own Host), else Host is passed through.
 */
export function httpUpstream(kind: 'url' | 'cloud', label: string, endpoints: { swas: string; ecs: string }, keys: Credentials[], resign: boolean, extra: Partial<Upstream> = {}): Upstream {
  const credentials = store(keys);
  const bases = { swas: new URL(endpoints.swas), ecs: new URL(endpoints.ecs) };
  return {
    kind, label, credentials, hasSecrets: keys.length > 0, secrets: secretsOf(keys), url: endpoints.swas, ...extra,
    forward(r, product = 'swas') {
      const base = bases[product];
      const headers = forwardHeaders(r.headers);
      return forwardHttp(base, r.url, r.method, resign ? resignV3(r, headers, base.host, credentials) : headers, r.body);
    },
    close: async () => {},
  };
}

/**
 * The upstream `--upstream` names: `emulator` (the bundled emulator, started here; requests go to
 * its core in-process), `mock` (the core the msw mock serves, in-process, no listening server),
 * `cloud` (the documented endpoints of the profile's region, V3 re-signed for them) or an
 * http(s) URL (Host passed through; without a profile, signatures are checked for structure only).
 */
export async function startUpstream(spec: Spec, which: string, profilePath: string | undefined): Promise<Upstream> {
  if (/^https?:\/\//.test(which) && !profilePath) {
    const url = which.replace(/\/$/, '');
    return httpUpstream('url', url, { swas: url, ecs: url }, [], false);
  }
  const target = await resolveTarget(spec, which, profilePath, []);
  const p = target.profile;
  const keys = await profileKeys(p).catch(async (e: unknown) => { await target.stop(); throw e; });
  const about = { region: p.region, profileName: p.name, close: () => target.stop() };
  if (target.kind === 'emulator' && target.emulator) return coreUpstream(target.emulator.core, 'emulator', keys, { ...about, url: target.emulator.url });
  if (target.kind === 'mock') {
    const core = new EmulatorCore({ timeScale: p.rateLimits?.timeScale ?? 1, rateLimits: p.rateLimits?.enforced ?? true, delays: { snapshotMs: 3000, imageMs: 3000 } });
    return coreUpstream(core, 'mock', keys, about);
  }
  return httpUpstream(target.kind === 'cloud' ? 'cloud' : 'url', target.label, p.endpoints, keys, target.kind === 'cloud', about);
}
