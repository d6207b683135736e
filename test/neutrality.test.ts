import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED, seedState } from '../harness/model/seed.js';
import { buildWorld } from '../harness/model/world/buildWorld.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const path = join(dir, f);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
});

/** Every id, account number, key and name the bundled emulator's default world holds or its profile names. */
function emulatorFacts(): string[] {
  const facts = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') facts.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'fixtures/targets/emulator.json'), 'utf8')));
  walk(SEED);
  const state = seedState();
  for (const account of state.accounts.values()) {
    facts.add(account.id);
    for (const map of [account.servers, account.disks, account.snapshots, account.ecsImages, account.ecsInstances, account.ecsSnapshots]) {
      for (const [id, item] of map) { facts.add(id); walk(item); }
    }
  }
  state.knownAccounts.forEach((a) => facts.add(a));
  // Values that are ids or names, not words every text uses.
  return [...facts].filter((f) => f.length >= 8 && /[0-9]/.test(f) && !/^\d{4}-\d{2}-\d{2}T/.test(f) && !/^(\{url\}|https?:)/.test(f));
}

describe('the suites know nothing of the bundled emulator\'s world', () => {
  const facts = emulatorFacts();
  const sources = [...files(join(ROOT, 'suites')), ...files(join(ROOT, 'harness/conformance'))];

  it('reads the facts it guards', () => {
    expect(facts).toContain(SEED.main.accountId);
    expect(facts).toContain(SEED.main.servers[0]);
    expect(facts).toContain('s-seed00000000sys1');
    expect(facts.length).toBeGreaterThan(80);
    expect(sources.length).toBeGreaterThan(60);
  });

  it('no suite or conformance helper contains an id, account number, key or name of the default world', () => {
    const hits = sources.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return facts.filter((f) => text.includes(f)).map((f) => `${path.slice(ROOT.length)}: ${f}`);
    });
    expect(hits).toEqual([]);
  });

  it('nor a naming convention of it: the seed\'s id stems and key prefixes', () => {
    const stems = ['2d06ee0520b44de1ae88d4be', '7f3c9a10b2d44e5f8a6b1c2d3e4f', 'bp1emulator', 's-seed0000', 's-peer0000', 'LTAIemulator', 'emulator-main', 'emulator-peer', '100000000000000', '110000000000'];
    const hits = sources.flatMap((path) => stems.filter((s) => readFileSync(path, 'utf8').includes(s)).map((s) => `${path.slice(ROOT.length)}: ${s}`));
    expect(hits).toEqual([]);
  });

  it('randomised worlds differ from the default one in every id', () => {
    const world = buildWorld(7);
    const ids = [world.main.accountId, world.peer.accountId, ...world.servers.running, world.ecs.instanceId, world.ecs.snapshotId, world.unknownAccountId];
    expect(ids.filter((id) => facts.includes(id))).toEqual([]);
    expect(buildWorld(7)).toEqual(world);
  });
});
