import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OutsideBudget } from '../errors/OutsideBudget.js';
import { traceMark, traceSince } from '../run/callTrace.js';
import { Ledger } from '../safety/Ledger.js';
import { ecsModels as E, officialEcsClient, officialSwasClient, swasModels as S } from './officialClients.js';

// The official clients keep the run's ledger and --max-creates as the harness's client does: what
// they create and delete is recorded, a create past the limit never reaches the target. A local
// server counts what reaches it, answering each action with an id.
const dir = mkdtempSync(join(tmpdir(), 'acs-sdk-max-'));
const received: string[] = [];
let server: Server;
let endpoint = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const action = String(req.headers['x-acs-action'] ?? new URL(req.url ?? '/', 'http://x').searchParams.get('Action'));
    received.push(action);
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ RequestId: 'r-1', ImageId: 'm-new', CustomImages: [], TotalCount: 0 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => { received.length = 0; });

function ledger(created: number): Ledger {
  const l = new Ledger(join(dir, `ledger-${Math.random().toString(36).slice(2)}.jsonl`));
  for (let i = 0; i < created; i++) l.record({ runId: 'r', product: 'swas', kind: 'swas.CustomImage', id: `m-${i}`, region: 'cn-hangzhou', endpoint: 'x', event: 'created' });
  return l;
}

function clients(maxCreates: number, created: number) {
  const o = { endpoint, accessKeyId: 'k', accessKeySecret: 's', regionId: 'cn-hangzhou', run: { ledger: ledger(created), runId: 'r', maxCreates } };
  return { swas: officialSwasClient(o), ecs: officialEcsClient(o) };
}

const createCustomImage = () => new S.CreateCustomImageRequest({ regionId: 'cn-hangzhou', instanceId: 'i-1', systemSnapshotId: 's-1', imageName: 'x' });

describe('official clients under --max-creates', () => {
  it('do not send a create once the ledger holds that many, nor trace it', async () => {
    const { swas, ecs } = clients(2, 2);
    const mark = traceMark();
    await expect(swas.createCustomImage(createCustomImage())).rejects.toBeInstanceOf(OutsideBudget);
    await expect(ecs.createImage(new E.CreateImageRequest({ regionId: 'cn-hangzhou', snapshotId: 's-1' })))
      .rejects.toThrow('outside the budget: the 2 creates of --max-creates are used up, so ecs.CreateImage was not sent');
    expect(received).toEqual([]);
    expect(traceSince(mark)).toEqual([]);
  });

  it('send a create below the limit, and every other call past it', async () => {
    const below = clients(3, 2);
    expect((await below.swas.createCustomImage(createCustomImage())).body?.imageId).toBe('m-new');
    const full = clients(2, 2);
    await full.swas.listCustomImages(new S.ListCustomImagesRequest({ regionId: 'cn-hangzhou' }));
    await full.swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId: 'cn-hangzhou', imageIds: '["m-1"]' }));
    expect(received).toEqual(['CreateCustomImage', 'ListCustomImages', 'DeleteCustomImages']);
  });

  it('send every create without a limit', async () => {
    const o = { endpoint, accessKeyId: 'k', accessKeySecret: 's', regionId: 'cn-hangzhou', run: { ledger: ledger(5), runId: 'r' } };
    await officialSwasClient(o).createCustomImage(createCustomImage());
    expect(received).toEqual(['CreateCustomImage']);
  });
});

describe('official clients and the ledger', () => {
  it('record what they create, which --max-creates then counts', async () => {
    const l = ledger(1);
    const swas = officialSwasClient({ endpoint, accessKeyId: 'k', accessKeySecret: 's', regionId: 'cn-hangzhou', run: { ledger: l, runId: 'r', maxCreates: 2 } });
    await swas.createCustomImage(new S.CreateCustomImageRequest({ regionId: 'cn-shanghai', instanceId: 'i-1', systemSnapshotId: 's-1', imageName: 'x' }));
    expect(l.live().at(-1)).toMatchObject({ runId: 'r', product: 'swas', kind: 'swas.CustomImage', id: 'm-new', region: 'cn-shanghai', account: 'main', endpoint, event: 'created' });
    await expect(swas.createCustomImage(createCustomImage())).rejects.toBeInstanceOf(OutsideBudget);
    expect(received).toEqual(['CreateCustomImage']);
  });

  it('record what they delete, and nothing for a call that fails', async () => {
    const l = ledger(0);
    const swas = officialSwasClient({ endpoint, accessKeyId: 'k', accessKeySecret: 's', regionId: 'cn-hangzhou', run: { ledger: l, runId: 'r' } });
    await swas.createCustomImage(createCustomImage());
    expect(l.live().map((e) => e.id)).toEqual(['m-new']);
    await swas.deleteCustomImages(new S.DeleteCustomImagesRequest({ regionId: 'cn-hangzhou', imageIds: '["m-new"]' }));
    expect(l.live()).toEqual([]);
    const unreachable = officialSwasClient({ endpoint: 'http://127.0.0.1:9', accessKeyId: 'k', accessKeySecret: 's', regionId: 'cn-hangzhou', run: { ledger: l, runId: 'r' } });
    await expect(unreachable.createCustomImage(createCustomImage())).rejects.toThrow();
    expect(l.live()).toEqual([]);
  });
});
