import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { EmulatorCore, type EmulatorOptions } from '../emulator/EmulatorCore.js';

export interface MockOptions extends EmulatorOptions {
  /** Hosts to answer for (default: the documented SWAS and ECS endpoints of the seed region). */
  hosts?: string[];
}

export interface RunningMock {
  core: EmulatorCore;
  server: SetupServer;
  hosts: string[];
  close(): void;
}

/**
 * msw handlers serving the reference model in-process, over http and https, for the given hosts.
 * Any request to another host is an error (onUnhandledRequest: 'error'), never silence.
 */
export function startMock(options: MockOptions = {}): RunningMock {
  const core = new EmulatorCore(options);
  const region = 'cn-hangzhou';
  const hosts = options.hosts ?? [core.model.spec.products.swas.endpoints[region]!, core.model.spec.products.ecs.endpoints[region]!];
  const handlers = hosts.flatMap((host) => ['http', 'https'].map((scheme) =>
    http.all(`${scheme}://${host}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = Object.fromEntries(request.headers.entries());
      headers['host'] ??= url.host;
      const body = Buffer.from(await request.arrayBuffer());
      const answer = await core.handle({ method: request.method, url: `${url.pathname}${url.search}`, headers, body });
      return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
    })));
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  return { core, server, hosts, close: () => server.close() };
}
