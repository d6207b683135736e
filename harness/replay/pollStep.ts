import { waitBooked } from '../run/timeAccount.js';
import type { CallResult, Client } from '../client/Client.js';
import { ToolError } from '../errors/ToolError.js';
import { resourceFields, viewOf } from './resourceFields.js';
import type { ReplayIds } from './ReplayIds.js';
import { sendStep } from './sendStep.js';
import type { SetupStep } from './SetupStep.js';

export interface Polling { intervalMs: number; settleTimeoutMs: number }

const shown = (view: Record<string, Record<string, string> | null>) =>
  Object.entries(view).map(([id, f]) => `${id} ${f ? Object.entries(f).map(([k, v]) => `${k} ${v}`).join(', ') : 'not listed'}`).join('; ');

/**
 * Re-sends a read until its answer shows the resources as the recorded one did (same Status and
 * InShare, listed or not), every polling interval up to the settle timeout. A read the test polled
 * that does not get there is setup that could not be re-created (a tool-side outcome); a read sent
 * once goes on with what it got. An error answer ends the polling (the caller judges it).
 */
export async function pollStep(client: Client, step: SetupStep, ids: ReplayIds, polling: Polling, label: string): Promise<CallResult> {
  const want = Object.fromEntries(Object.entries(step.resources ?? {}).map(([id, f]) => [ids.id(id), f]));
  const end = Date.now() + polling.settleTimeoutMs;
  for (let pause = Math.max(1, polling.intervalMs / 16); ; pause = Math.min(polling.intervalMs, pause * 2)) {
    const r = await sendStep(client, step, ids);
    if (r.status !== 200) return r;
    const now = viewOf(resourceFields(r.body), Object.keys(want));
    if (JSON.stringify(now) === JSON.stringify(want)) return r;
    if (Date.now() >= end) {
      if ((step.polled ?? 1) > 1) throw new ToolError(`replay: ${label} polled ${step.polled} times when recorded, and did not show ${shown(want)} within ${polling.settleTimeoutMs} ms (it shows ${shown(now)}); the setup could not be re-created on this target`);
      return r;
    }
    await waitBooked('pollingMs', pause);
  }
}
