import { UsageError } from '../errors/ToolError.js';

/** A fault the proxy injects into one exchange. */
export type Fault = 'throttle' | '5xx' | 'reset-after-commit';

/** What `--inject` asked for: a share of calls per fault (drawn per call, at most one fault each) and a latency added to every call. */
export interface FaultPlan {
  throttle: number;
  serverError: number;
  resetAfterCommit: number;
  latencyMs: number;
}

export const NO_FAULTS: FaultPlan = { throttle: 0, serverError: 0, resetAfterCommit: 0, latencyMs: 0 };

const EXPECTED = 'throttle=SHARE, 5xx=SHARE, reset-after-commit=SHARE (SHARE a number in (0, 1]) or latency=DURATION (200ms, 1.5s)';

function share(spec: string, text: string): number {
  const n = Number(text);
  if (!/^[0-9.]+$/.test(text) || !Number.isFinite(n) || n <= 0 || n > 1) throw new UsageError(`proxy: --inject '${spec}' is not valid (expected ${EXPECTED})`);
  return n;
}

function duration(spec: string, text: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s)$/.exec(text);
  if (!m) throw new UsageError(`proxy: --inject '${spec}' is not valid (expected ${EXPECTED})`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

/** Parses the `--inject SPEC` flags; a repeated kind is a usage error, and so are shares adding up to more than 1. */
export function parseInject(specs: readonly string[]): FaultPlan {
  const plan: FaultPlan = { ...NO_FAULTS };
  const seen = new Set<string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const kind = eq < 0 ? spec : spec.slice(0, eq);
    const value = eq < 0 ? '' : spec.slice(eq + 1);
    if (seen.has(kind)) throw new UsageError(`proxy: --inject ${kind} is given twice (expected each fault kind once)`);
    seen.add(kind);
    if (kind === 'throttle') plan.throttle = share(spec, value);
    else if (kind === '5xx') plan.serverError = share(spec, value);
    else if (kind === 'reset-after-commit') plan.resetAfterCommit = share(spec, value);
    else if (kind === 'latency') plan.latencyMs = duration(spec, value);
    else throw new UsageError(`proxy: --inject '${spec}' names no fault (expected ${EXPECTED})`);
  }
  if (plan.throttle + plan.serverError + plan.resetAfterCommit > 1 + 1e-9) {
    throw new UsageError('proxy: the --inject shares add up to more than 1 (expected at most one fault per call)');
  }
  return plan;
}

/** The fault for one call: one draw in [0, 1) falls into the throttle, 5xx or reset share, or past them into none. */
export function chooseFault(plan: FaultPlan, draw: number): Fault | undefined {
  if (draw < plan.throttle) return 'throttle';
  if (draw < plan.throttle + plan.serverError) return '5xx';
  if (draw < plan.throttle + plan.serverError + plan.resetAfterCommit) return 'reset-after-commit';
  return undefined;
}

/** The plan back in `--inject` form, for the report. */
export function describePlan(plan: FaultPlan): string[] {
  return [
    ...(plan.throttle ? [`throttle=${plan.throttle}`] : []), ...(plan.serverError ? [`5xx=${plan.serverError}`] : []),
    ...(plan.resetAfterCommit ? [`reset-after-commit=${plan.resetAfterCommit}`] : []), ...(plan.latencyMs ? [`latency=${plan.latencyMs}ms`] : []),
  ];
}
