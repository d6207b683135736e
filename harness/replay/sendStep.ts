import type { CallResult, Client } from '../client/Client.js';
import type { ReplayIds } from './ReplayIds.js';
import type { SetupStep } from './SetupStep.js';

/**
 * Sends one recorded step again, freshly signed, with the replay's ids in place and the way the
 * test sent it (account, retry, pacing). A parameter the recording lacked stays absent (RegionId too).
 */
export function sendStep(client: Client, step: SetupStep, ids: ReplayIds): Promise<CallResult> {
  return client.call(step.product as 'swas' | 'ecs', step.action, { RegionId: undefined, ...ids.params(step.params) }, {
    signature: step.signature, ...(step.as && { as: step.as }), ...(step.retry === false && { retry: false }), ...(step.pace === false && { pace: false }),
  });
}
