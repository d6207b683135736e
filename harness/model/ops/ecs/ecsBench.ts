import { getSpec, newAjv, type ErrorEntry } from '../../../../spec/index.js';
import { Model, type ModelOptions } from '../../Model.js';
import type { Outcome } from '../../outcome.js';
import { SEED, seedState } from '../../seed.js';

const spec = getSpec();
const ajv = newAjv();
const validators = new Map(spec.operations.map((o) => [`${o.product}.${o.operation}`, ajv.compile(o.response.schema)]));

/** Every rule id the outcomes of one test file rested on (tests check each is in the catalogue). */
export const emittedRules = new Set<string>();

/** The documented error entry of an ECS operation. */
export function ecsError(operation: string, code: string): ErrorEntry {
  const e = spec.operations.find((o) => o.product === 'ecs' && o.operation === operation)?.errors.find((x) => x.code === code);
  if (!e) throw new Error(`${operation} documents no ${code}`);
  return e;
}

/**
 * A model on the default seed with a hand-driven clock, for the ECS handler tests. `call` records
 * the rules of every outcome and validates every success body against the operation's response
 * schema (with the RequestId the wire layer adds).
 */
export class EcsBench {
  clock = Date.UTC(2026, 1, 1);
  readonly model: Model;

  constructor(options: ModelOptions = {}) {
    this.model = new Model(seedState(), { now: () => this.clock, rateLimits: false, ...options });
  }

  async call(action: string, params: Record<string, string>, accountId: string = SEED.main.accountId, product: 'ecs' | 'swas' = 'ecs'): Promise<Outcome> {
    const outcome = await this.model.handle({ product, action, params: { RegionId: SEED.region, ...params }, accountId });
    for (const r of outcome.rules) emittedRules.add(r);
    if (outcome.kind === 'ok') {
      const validate = validators.get(`${product}.${action}`)!;
      if (!validate({ RequestId: 'model', ...outcome.body })) throw new Error(`${action} body breaks its schema: ${ajv.errorsText(validate.errors)}`);
    }
    return outcome;
  }

  /** The body of a call that must succeed. */
  async body(action: string, params: Record<string, string>, accountId?: string): Promise<Record<string, unknown>> {
    const outcome = await this.call(action, params, accountId);
    if (outcome.kind !== 'ok') throw new Error(`${action} failed: ${outcome.code} ${outcome.message}`);
    return outcome.body;
  }

  /** A new Available image of the main account's seed system snapshot. */
  async image(params: Record<string, string> = {}): Promise<string> {
    const { ImageId } = await this.body('CreateImage', { SnapshotId: SEED.main.ecsSnapshot, ...params });
    this.clock += 1_000;
    return String(ImageId);
  }

  /** Shares `imageId` with the seed's share targets `from` (inclusive) to `to` (exclusive), 10 per call. */
  async shareWith(imageId: string, from: number, to: number): Promise<void> {
    for (let i = from; i < to; i += 10) {
      const params: Record<string, string> = { ImageId: imageId };
      SEED.shareTargets.slice(i, Math.min(i + 10, to)).forEach((a, n) => (params[`AddAccount.${n + 1}`] = a));
      await this.body('ModifyImageSharePermission', params);
    }
  }

  /** The items DescribeImages lists for `params`. */
  async images(params: Record<string, string>, accountId?: string): Promise<Record<string, unknown>[]> {
    const body = await this.body('DescribeImages', params, accountId);
    return (body['Images'] as { Image: Record<string, unknown>[] }).Image;
  }

  /** The account ids DescribeImageSharePermission lists for `imageId` (first 100). */
  async sharedWith(imageId: string): Promise<string[]> {
    const body = await this.body('DescribeImageSharePermission', { ImageId: imageId, PageSize: '100' });
    return (body['Accounts'] as { Account: { AliyunId: string }[] }).Account.map((a) => a.AliyunId);
  }
}

/** The ImageId of a successful CreateImage outcome. */
export function imageIdOf(outcome: Outcome): string {
  if (outcome.kind !== 'ok') throw new Error(`CreateImage failed: ${outcome.code}`);
  return String(outcome.body['ImageId']);
}

/** Catalogue rule ids among `ids` that do not exist. */
export function unknownRules(ids: Iterable<string>): string[] {
  const known = new Set(spec.rules.map((r) => r.id));
  return [...ids].filter((id) => !known.has(id));
}
