import { describe, expect, it } from 'vitest';
import type { CallResult, Client } from '../client/Client.js';
import { ToolError } from '../errors/ToolError.js';
import { ReplayIds } from './ReplayIds.js';
import { replaySteps } from './replaySteps.js';
import type { SetupStep } from './SetupStep.js';

type Sent = { action: string; params: Record<string, unknown> };
/** A client that answers from a script, one answer per call, and remembers what it was sent. */
function scripted(answers: ((p: Record<string, unknown>) => { status: number; body: Record<string, unknown> })[]) {
  const sent: Sent[] = [];
  const client = {
    call: async (_product: string, action: string, params: Record<string, unknown>): Promise<CallResult> => {
      sent.push({ action, params });
      const a = answers.shift()!(params);
      return { ...a, text: JSON.stringify(a.body), attempts: 1, exchange: undefined as never };
    },
  } as unknown as Client;
  return { client, sent };
}
const step = (action: string, params: Record<string, string>, extra: Partial<SetupStep> = {}): SetupStep => ({ product: 'swas', action, params, signature: 'v3', status: 200, ...extra });
const listing = (status: string) => (p: Record<string, unknown>) => ({ status: 200, body: { CustomImages: [{ ImageId: JSON.parse(String(p['ImageIds']))[0], Status: status }] } });
const polling = { intervalMs: 1, settleTimeoutMs: 200 };
const steps = [
  step('CreateCustomImage', { ImageName: 'n' }, { created: 'm-old' }),
  step('ListCustomImages', { ImageIds: '["m-old"]' }, { polled: 3, resources: { 'm-old': { Status: '1' } } }),
  step('DeleteCustomImages', { ImageIds: '["m-old"]' }, { retry: false }),
];

describe('replaySteps', () => {
  it('polls a read the test waited on until the new resource shows the recorded Status, then sends the failing request on the new id', async () => {
    const { client, sent } = scripted([() => ({ status: 200, body: { ImageId: 'm-new' } }), listing('0'), listing('0'), listing('1'), () => ({ status: 200, body: { RequestId: 'r' } })]);
    const answer = await replaySteps(client, steps, new ReplayIds('20260101T000000Z-abcdef'), polling);
    expect(answer.status).toBe(200);
    expect(sent.map((s) => s.action)).toEqual(['CreateCustomImage', 'ListCustomImages', 'ListCustomImages', 'ListCustomImages', 'DeleteCustomImages']);
    expect(sent.slice(1).map((s) => s.params['ImageIds'])).toEqual(Array(4).fill('["m-new"]'));
  });

  it('says which step could not be re-created: an error where the recording had a success, or a wait that never ends', async () => {
    const refused = scripted([() => ({ status: 400, body: { Code: 'CustomImageQuotaLimit' } })]);
    await expect(replaySteps(refused.client, steps, new ReplayIds('20260101T000000Z-abcdef'), polling))
      .rejects.toThrow(new ToolError('replay: setup step 1/3 (swas.CreateCustomImage) answered HTTP 400 CustomImageQuotaLimit where the recording had HTTP 200; the setup could not be re-created on this target'));
    const stuck = scripted([() => ({ status: 200, body: { ImageId: 'm-new' } }), ...Array(500).fill(listing('0'))]);
    await expect(replaySteps(stuck.client, steps, new ReplayIds('20260101T000000Z-abcdef'), polling)).rejects.toThrow(/setup step 2\/3 \(swas.ListCustomImages\) polled 3 times when recorded, and did not show m-new Status 1 within 200 ms \(it shows m-new Status 0\)/);
  });
});
