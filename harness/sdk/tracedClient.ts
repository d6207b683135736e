import type { Spec } from '../../spec/index.js';
import { traceCall } from '../run/callTrace.js';

/**
 * An official client whose operation calls go into the run's call trace (callTrace.ts), as the
 * harness's own client's do: the plan counts them too. The official clients pace nothing, so each
 * call is traced as sent past the pacer; a create that answers with an id is traced as creating.
 */
export function tracedClient<C extends object>(client: C, product: 'swas' | 'ecs', spec: Pick<Spec, 'operations'>): C {
  const ops = new Set(spec.operations.filter((o) => o.product === product).map((o) => o.operation));
  const creates = new Set(spec.operations.filter((o) => o.product === product && o.effect === 'create').map((o) => o.operation));
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      const action = typeof key === 'string' ? key.charAt(0).toUpperCase() + key.slice(1) : '';
      if (typeof value !== 'function' || !ops.has(action)) return value;
      return async (...args: unknown[]) => {
        const op = `${product}.${action}`;
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
