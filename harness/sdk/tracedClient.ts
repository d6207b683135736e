import type { Spec } from '../../spec/index.js';
import { checkMaxCreates } from '../client/checkMaxCreates.js';
import { ledgerEvents } from '../client/ledgerEvents.js';
import type { ParamValue } from '../protocol/index.js';
import { traceCall } from '../run/callTrace.js';
import type { Ledger } from '../safety/Ledger.js';

/** The run an official client calls for, kept as the harness's client keeps it (ClientOptions). */
export interface SdkRun {
  ledger?: Ledger;
  /** --max-creates: a create past this many in the ledger is not sent (OutsideBudget). */
  maxCreates?: number;
  /**
   * With a ledger: what the client creates and deletes is recorded there under this run id before
   * the call returns, with the region its request names (else `region`) and `endpoint`, as made
   * by the main account (the official clients are made for it: suites/sdk/officialPair.ts).
   */
  runId?: string;
  region?: string;
  endpoint?: string;
}

/** A request or answer model of the official SDKs as sent or received: its wire names (RegionId, ImageId). */
function wire(model: unknown): Record<string, unknown> {
  const toMap = (model as { toMap?: unknown } | undefined)?.toMap;
  return typeof toMap === 'function' ? (toMap.call(model) as Record<string, unknown>) : {};
}

/**
 * An official client whose operation calls go into the run's call trace (callTrace.ts), as the
 * harness's own client's do: the plan counts them too. The official clients pace nothing, so each
 * call is traced as sent past the pacer; a create that answers with an id is traced as creating.
 * A create past the run's --max-creates is not sent (checkMaxCreates), nor traced; what a call
 * created or deleted goes into the run's ledger (ledgerEvents), where --max-creates counts it and
 * the run's cleanup finds it.
 */
export function tracedClient<C extends object>(client: C, product: 'swas' | 'ecs', spec: Pick<Spec, 'operations'>, run: SdkRun = {}): C {
  const ops = new Set(spec.operations.filter((o) => o.product === product).map((o) => o.operation));
  const creates = new Set(spec.operations.filter((o) => o.product === product && o.effect === 'create').map((o) => o.operation));
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      const action = typeof key === 'string' ? key.charAt(0).toUpperCase() + key.slice(1) : '';
      if (typeof value !== 'function' || !ops.has(action)) return value;
      return async (...args: unknown[]) => {
        const op = `${product}.${action}`;
        if (creates.has(action)) checkMaxCreates(run.maxCreates, run.ledger, op);
        let answer: { body?: Record<string, unknown> } | undefined;
        try {
          answer = await (value as (...a: unknown[]) => Promise<{ body?: Record<string, unknown> }>).apply(target, args);
        } catch (error) {
          traceCall(op, { paced: false, created: false });
          throw error;
        }
        const body = answer?.body as Record<string, unknown> | undefined;
        traceCall(op, { paced: false, created: creates.has(action) && (typeof body?.['imageId'] === 'string' || typeof body?.['snapshotId'] === 'string') });
        if (run.ledger && run.runId) {
          const params = wire(args[0]) as Record<string, ParamValue>;
          const region = typeof params['RegionId'] === 'string' ? params['RegionId'] : run.region ?? '';
          for (const e of ledgerEvents(product, action, params, wire(body))) {
            run.ledger.record({ ...e, runId: run.runId, region, account: 'main', endpoint: run.endpoint ?? '' });
          }
        }
        return answer;
      };
    },
  });
}
