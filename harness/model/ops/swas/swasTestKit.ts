import { expect } from 'vitest';
import { getSpec, newAjv } from '../../../../spec/index.js';
import { Model, type ModelOptions } from '../../Model.js';
import type { ModelDeviation } from '../../modelDeviations.js';
import type { Outcome } from '../../outcome.js';
import { SEED, seedState } from '../../seed.js';

/**
 * Test support for the SWAS handlers (imported by tests only): a model on the default seed with a
 * hand-driven clock, whose every success body is checked against the operation's response schema
 * and whose every rule id is recorded, so a test can assert they all exist in the catalogue.
 */
export const REGION = SEED.region;
export const MAIN = SEED.main.accountId;
export const PEER = SEED.peer.accountId;
export const [SERVER1, SERVER2] = SEED.main.servers;
export const DISABLED = SEED.main.disabledServer;
export const SYS1 = 's-seed00000000sys1';
export const DAT1 = 's-seed00000000dat1';
export const SYS2 = 's-seed00000000sys2';
export const diskOf = (server: string, type: 'sys' | 'dat') => `d-${server.slice(-10)}${type}`;
export const peerServer = (i: number) => `7f3c9a10b2d44e5f8a6b1c2d3e4f00${String(i).padStart(2, '0')}`;
export const peerSnapshot = (i: number) => `s-peer0000000sys${String(i).padStart(2, '0')}`;

/** Every rule id an outcome named in this test file. */
export const emittedRules = new Set<string>();

const ajv = newAjv();
const validators = new Map(getSpec().operations.filter((o) => o.product === 'swas').map((o) => [o.operation, ajv.compile(o.response.schema)]));

export interface KitOptions extends Omit<ModelOptions, 'deviations' | 'now'> {
  deviations?: ModelDeviation[];
  /** Check success bodies against the response schema (default true; off for deviations that break it). */
  schemaCheck?: boolean;
}

export function swasKit(options: KitOptions = {}) {
  let clock = Date.UTC(2026, 1, 1);
  const { deviations = [], schemaCheck = true, ...rest } = options;
  const model = new Model(seedState(), { rateLimits: false, ...rest, now: () => clock, deviations: new Set(deviations) });
  async function call(action: string, params: Record<string, string> = {}, accountId: string = MAIN): Promise<Outcome> {
    const outcome = await model.handle({ product: 'swas', action, params: { RegionId: REGION, ...params }, accountId });
    outcome.rules.forEach((r) => emittedRules.add(r));
    if (outcome.kind === 'ok' && schemaCheck) {
      expect(matchesSchema(action, outcome.body), JSON.stringify(validators.get(action)!.errors)).toBe(true);
    }
    return outcome;
  }
  /** A call that must succeed; its body. */
  async function body(action: string, params: Record<string, string> = {}, accountId: string = MAIN): Promise<Record<string, any>> {
    const outcome = await call(action, params, accountId);
    if (outcome.kind !== 'ok') throw new Error(`${action} failed: ${outcome.code} ${outcome.message}`);
    return outcome.body;
  }
  const image = (name: string, extra: Record<string, string> = {}, accountId: string = MAIN) =>
    call('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: name, ...extra }, accountId);
  const images = async (params: Record<string, string> = {}, accountId: string = MAIN) =>
    (await body('ListCustomImages', { PageSize: '100', ...params }, accountId))['CustomImages'] as Record<string, any>[];
  return {
    model, call, body, image, images,
    advance(ms: number) { clock += ms; },
    get now() { return clock; },
  };
}

export type SwasKit = ReturnType<typeof swasKit>;

/** Whether a success body (RequestId added, as the wire layer adds it) matches the operation's response schema. */
export const matchesSchema = (action: string, body: Record<string, unknown>): boolean =>
  validators.get(action)!({ RequestId: 'test-request', ...body }) === true;

/** Asserts that an outcome is the documented error `code`. */
export function expectError(outcome: Outcome, code: string): void {
  expect(outcome.kind === 'error' ? outcome.code : `ok ${JSON.stringify(outcome.body)}`).toBe(code);
}

/** Asserts every recorded rule id is in the catalogue. */
export function expectKnownRules(): void {
  const known = new Set(getSpec().rules.map((r) => r.id));
  expect(emittedRules.size).toBeGreaterThan(0);
  expect([...emittedRules].filter((id) => !known.has(id))).toEqual([]);
}
