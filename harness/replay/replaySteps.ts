import type { CallResult, Client } from '../client/Client.js';
import { ledgerEvents } from '../client/ledgerEvents.js';
import { ToolError } from '../errors/ToolError.js';
import { describeAnswer } from '../verdicts/judgeAnswer.js';
import { pollStep, type Polling } from './pollStep.js';
import type { ReplayIds } from './ReplayIds.js';
import { sendStep } from './sendStep.js';
import type { SetupStep } from './SetupStep.js';

/**
 * Re-creates what a case's failing request needs and sends it: every step in order, the reads that
 * waited on a state polled until they show it again, each id a recorded create answered replaced
 * by the one answered now. Returns the answer to the last step (the failing request). A step that
 * answers an error where the recording had a success is a ToolError naming the step.
 */
export async function replaySteps(client: Client, steps: readonly SetupStep[], ids: ReplayIds, polling: Polling): Promise<CallResult> {
  const last = steps.at(-1);
  if (!last) throw new ToolError('replay: the case has no requests to send');
  await replaySetup(client, steps.slice(0, -1), ids, polling, steps.length);
  return sendStep(client, last, ids);
}

/** Re-creates setup steps (all of `steps`; `total` counts the case's steps, for the labels). */
export async function replaySetup(client: Client, steps: readonly SetupStep[], ids: ReplayIds, polling: Polling, total = steps.length): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const label = `setup step ${i + 1}/${total} (${step.product}.${step.action})`;
    const r = step.resources ? await pollStep(client, step, ids, polling, label) : await sendStep(client, step, ids);
    if (step.status === 200 && r.status !== 200) {
      throw new ToolError(`replay: ${label} answered ${describeAnswer(r)} where the recording had HTTP 200; the setup could not be re-created on this target`);
    }
    if (step.created) {
      const now = r.body ? ledgerEvents(step.product as 'swas' | 'ecs', step.action, {}, r.body).find((e) => e.event === 'created')?.id : undefined;
      if (!now) throw new ToolError(`replay: ${label} answered HTTP ${r.status} without the id it created (the recording had ${step.created}); the setup could not be re-created on this target`);
      ids.replace(step.created, now);
    }
  }
}
