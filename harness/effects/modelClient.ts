import type { CallResult, Client } from '../client/Client.js';
import { Model } from '../model/Model.js';
import type { ModelDeviation } from '../model/modelDeviations.js';
import { SEED, seedState } from '../model/seed.js';
import { flatten, type ParamValue } from '../protocol/index.js';

/**
 * Test support (imported by tests only): a Client that answers from the reference model on the
 * default seed, with deviations, as the main account; `calls` lists the actions it was sent.
 */
export function modelClient(deviations: ModelDeviation[] = []): { client: Client; calls: string[] } {
  const model = new Model(seedState(), { rateLimits: false, timeScale: 0.001, deviations: new Set(deviations) });
  const calls: string[] = [];
  const client = {
    call: async (product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>): Promise<CallResult> => {
      calls.push(action);
      const wire = Object.fromEntries(flatten({ RegionId: SEED.region, ...params }));
      const o = await model.handle({ product, action, params: wire, accountId: SEED.main.accountId });
      const status = o.kind === 'ok' ? 200 : o.httpStatus;
      const body = o.kind === 'ok' ? { RequestId: 'r', ...o.body } : { RequestId: 'r', Code: o.code };
      return { status, body, text: JSON.stringify(body), attempts: 1, exchange: { product, action, params: wire, signature: 'v3', status, body, startedAt: 0, endedAt: 0 } };
    },
  } as unknown as Client;
  return { client, calls };
}
