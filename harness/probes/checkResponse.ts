import { newAjv, type OperationSpec } from '../../spec/index.js';
import type { CallResult } from '../client/Client.js';
import type { RuleTest } from '../conformance/RuleTest.js';
import { isThrottled, judgeAnswer } from '../verdicts/judgeAnswer.js';
import { BaseRequests } from './BaseRequests.js';
import { MissingState } from './MissingState.js';
import { fieldCheck } from './checkFields.js';
import { RESPONSE_CHECKS } from './responseChecks.js';
import { strictSchema } from './strictSchema.js';
import type { SharedResources } from './SharedResources.js';

type Validate = ReturnType<ReturnType<typeof newAjv>['compile']>;
const ajv = newAjv();
const strictAjv = newAjv({ allErrors: true });
const compiled = new WeakMap<OperationSpec, { documented: Validate; closed: Validate }>();

/** Data table: state made before the call so the answer has items to check (an image to list, a share to describe). */
const SETUP: Record<string, (r: BaseRequests) => Promise<unknown>> = {
  'swas.ListCustomImages': (r) => r.customImage(),
  'ecs.DescribeImageSharePermission': async (r) => r.t.call('ecs', 'ModifyImageSharePermission', { ImageId: await r.ecsImage(), AddAccount: r.shareAccounts(1) }),
};

/**
 * `<p>.<Op>.response.schema`: HTTP 200 and a body the documented schema accepts (required names,
 * types); ajv's first error as received. Fields the documentation does not name are not a failure
 * (a real service may add some): they are reported as observations (see strictSchema).
 */
function checkSchema(t: RuleTest, op: OperationSpec, ruleId: string, r: CallResult): void {
  let v = compiled.get(op);
  if (!v) compiled.set(op, (v = { documented: ajv.compile(op.response.schema), closed: strictAjv.compile(strictSchema(op.response.schema)) }));
  const ok = r.status === 200 && (v.documented(r.body) as boolean);
  const error = v.documented.errors?.[0];
  const received = r.status !== 200 ? judgeAnswer(t.rule(ruleId), r).received
    : r.body === undefined ? 'HTTP 200 with a body that is not a JSON object'
      : `HTTP 200, body ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`;
  v.closed(r.body);
  const extra = [...new Set((v.closed.errors ?? []).filter((e) => e.keyword === 'additionalProperty' || e.keyword === 'additionalProperties')
    .map((e) => `${e.instancePath.replace(/\/\d+/g, '/N') || '/'}/${String((e.params as { additionalProperty?: string }).additionalProperty)}`))];
  const notes = extra.map((f) => `${op.operation} answered the undocumented field ${f}`);
  t.check(ruleId, ok, 'HTTP 200 with a body matching the documented response schema (names and types)', received, [r.exchange], notes);
}

/**
 * Checks the response rules of an operation on the answer to its valid base request: the schema
 * rule (see strictSchema) and the hand-written ones of RESPONSE_CHECKS. A state the target lacks
 * skips the rules. The fresh resources come from `shared` when given.
 */
export async function checkResponse(t: RuleTest, op: OperationSpec, ruleIds: string[], shared?: SharedResources): Promise<void> {
  const base = new BaseRequests(t, op, shared);
  try {
    await SETUP[base.key]?.(base);
    const r = await t.call(op.product, op.operation, await base.request());
    await base.after(r);
    for (const id of ruleIds) {
      if (isThrottled(r)) t.unknown(id, `throttled (${judgeAnswer(t.rule(id), r).received}); not a conformance verdict`);
      else if (id.endsWith('.response.schema')) checkSchema(t, op, id, r);
      else if (r.status !== 200 || !r.body) t.unknown(id, `the valid request was not answered with a JSON 200 (${judgeAnswer(t.rule(id), r).received})`);
      else {
        const rule = RESPONSE_CHECKS[id] ?? fieldCheck(op, id);
        const j = rule?.check(r.body) ?? { undecided: 'no check of this response rule is written (harness/probes/responseChecks.ts)' };
        if ('undecided' in j) t.skip(id, j.undecided);
        else t.check(id, j.ok, rule!.documented, j.received, [r.exchange]);
      }
    }
  } catch (error) {
    if (!(error instanceof MissingState)) throw error;
    for (const id of ruleIds) t.skip(id, error.message);
  } finally {
    await base.close();
  }
}
