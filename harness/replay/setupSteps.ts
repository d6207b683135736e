import type { Spec } from '../../spec/index.js';
import { ledgerEvents } from '../client/ledgerEvents.js';
import type { Exchange } from '../verdicts/Verdict.js';
import { resourceFields, viewOf } from './resourceFields.js';
import type { SetupStep } from './SetupStep.js';

/** How a test sent a request, beyond the request itself. */
export interface SentWith { as?: 'peer'; retry?: false; pace?: false }

const sameRequest = (a: SetupStep, b: SetupStep): boolean =>
  a.product === b.product && a.action === b.action && a.signature === b.signature && a.as === b.as && a.retry === b.retry && a.pace === b.pace
  && Object.keys(a.params).length === Object.keys(b.params).length && Object.entries(a.params).every(([k, v]) => b.params[k] === v);

/**
 * The setup steps of a failing test from its exchanges, in order, the failing one last. A run of
 * identical reads sent with pacing and retries (a test polling until a state is reached) becomes
 * one step that keeps the last answer and the count; a burst sent without pacing stays as it was.
 * A read keeps its view of the resources the test created before it and of those its parameters
 * name; a create keeps the id it answered.
 */
export function setupSteps(spec: Spec, exchanges: readonly Exchange[], sentWith: (e: Exchange) => SentWith = () => ({})): SetupStep[] {
  const reads = new Set(spec.operations.filter((o) => o.effect === 'read').map((o) => `${o.product}.${o.operation}`));
  const steps: SetupStep[] = [];
  const created: string[] = [];
  for (const e of exchanges) {
    const how = sentWith(e);
    const body = e.body && typeof e.body === 'object' ? (e.body as Record<string, unknown>) : undefined;
    const code = body?.['Code'];
    const step: SetupStep = {
      product: e.product, action: e.action, params: e.params, signature: e.signature === 'v2' ? 'v2' : 'v3',
      ...(how.as === 'peer' && { as: 'peer' }), ...(how.retry === false && { retry: false }), ...(how.pace === false && { pace: false }),
      status: e.status, ...(typeof code === 'string' && { code }),
    };
    const read = reads.has(`${e.product}.${e.action}`);
    if (read && e.status === 200) {
      const listed = resourceFields(body);
      const named = [...listed.keys()].filter((id) => Object.values(e.params).some((v) => v.includes(id)));
      const ids = new Set([...created, ...named]);
      if (ids.size) step.resources = viewOf(listed, ids);
    }
    const previous = steps.at(-1);
    if (read && how.pace !== false && how.retry !== false && previous && sameRequest(previous, step)) {
      steps[steps.length - 1] = { ...step, polled: (previous.polled ?? 1) + 1 };
      continue;
    }
    const id = e.status === 200 && body
      ? ledgerEvents(e.product as 'swas' | 'ecs', e.action, e.params, body).find((x) => x.event === 'created')?.id : undefined;
    if (id) {
      step.created = id;
      created.push(id);
    }
    steps.push(step);
  }
  return steps;
}
