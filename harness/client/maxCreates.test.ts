import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { OutsideBudget } from '../errors/OutsideBudget.js';
import { Ledger } from '../safety/Ledger.js';
import { Client } from './Client.js';
import { TransportError } from './send.js';

// --max-creates holds whatever the plan predicted: the client sends no create past it.
const dir = mkdtempSync(join(tmpdir(), 'acs-max-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function client(maxCreates: number, created: number): Client {
  const ledger = new Ledger(join(dir, `ledger-${maxCreates}-${created}.jsonl`));
  for (let i = 0; i < created; i++) ledger.record({ runId: 'r', product: 'swas', kind: 'swas.CustomImage', id: `m-${i}`, region: 'cn-hangzhou', endpoint: 'x', event: 'created' });
  // Nothing listens on port 9: a call that is sent fails to connect.
  return new Client({ spec: getSpec(), endpoints: { swas: 'http://127.0.0.1:9', ecs: 'http://127.0.0.1:9' }, region: 'cn-hangzhou',
    accounts: { main: { accessKeyId: 'k', accessKeySecret: 's' } }, pacing: false, runId: 'r', ledger, maxCreates, retries: 0 });
}

describe('Client under --max-creates', () => {
  it('does not send a create once the ledger holds that many', async () => {
    await expect(client(2, 2).call('swas', 'CreateCustomImage', { InstanceId: 'i-1', ImageName: 'x' })).rejects.toBeInstanceOf(OutsideBudget);
    await expect(client(2, 2).call('ecs', 'CreateImage', { SnapshotId: 's-1' })).rejects.toThrow(/the 2 creates of --max-creates are used up/);
  });

  it('sends creates below the limit, and every other call', async () => {
    await expect(client(3, 2).call('swas', 'CreateCustomImage', { InstanceId: 'i-1', ImageName: 'x' })).rejects.toBeInstanceOf(TransportError);
    await expect(client(2, 2).call('swas', 'DeleteCustomImages', { ImageIds: '["m-1"]' })).rejects.toBeInstanceOf(TransportError);
  });
});
