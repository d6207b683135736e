import type { Spec } from '../../spec/index.js';
import { checkMaxCreates } from '../client/checkMaxCreates.js';
import { traceCall } from '../run/callTrace.js';
import type { Ledger } from '../safety/Ledger.js';

/** The run's budget an official client keeps to, as the harness's client does (ClientOptions). */
export interface SdkBudget {
  ledger?: Ledger;
  /** --max-creates: a create past this many in the ledger is not sent (OutsideBudget). */
  maxCreates?: number;
}

/**
 * An official client whose operation calls go into the run's call trace (callTrace.ts), as the
 * harness's own client's do: the plan counts them too. The official clients pace nothing, so each
 * call is traced as sent past the pacer; a create that answers with an id is traced as creating.
 * A create past the run's --max-creates is not sent (checkMaxCreates), nor traced.
 */
export function tracedClient<C extends object>(client: C, product: 'swas' | 'ecs', spec: Pick<Spec, 'operations'>, budget: SdkBudget = {}): C {
  const ops = new Set(spec.operations.filter((o) => o.product === product).map((o) => o.operation));
  const creates = new Set(spec.operations.filter((o) => o.product === product && o.effect === 'create').map((o) => o.operation));
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      const action = typeof key === 'string' ? key.charAt(0).toUpperCase() + key.slice(1) : '';
      if (typeof value !== 'function' || !ops.has(action)) return value;
      return async (...args: unknown[]) => {
        const op = `${product}.${action}`;
        if (creates.has(action)) checkMaxCreates(budget.maxCreates, budget.ledger, op);
        try {
          const answer = await (value as (...a: unknown[]) => Promise<{ body?: Record<string, unknown> }>).apply(target, args);
          const body = answer?.body as Record<string, unknown> | undefined;
          traceCall(op, { paced: false, created: creates.has(action) && (typeof body?.['imageId'] === 'string' || typeof body?.['snapshotId'] === 'string') });
          return answer;
        } catch (error) {
          traceCall(op, { paced: false, created: false });
          throw error;
        }
      };
    },
  });
}
