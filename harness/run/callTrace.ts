import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a worker's tests did, in order, as the plan counts it (harness/plan): every call sent to
 * the target (each attempt; `!` when it was sent past the pacer, `+` when it created a resource,
 * `^` when its answer serves the worker's later tests too, as the servers discovered do, `*` when
 * it serves the later tests of its describe block (traceShared), `?` when
 * it was a poll: a read of `t.until` after its first, as many as the target took to get there),
 * `settle` where a test started to poll (`t.until`: on the real cloud it waits there for what the
 * test created to become usable; `settle*` for what a block's tests share), and
 * `window:<ms>` where it let a documented window pass (the
 * documented length, whatever the time scale). Consecutive equal steps are counted, not repeated.
 * A test reads the steps since its start (`traceSince`), like the time account (timeAccount.ts).
 */
export type TraceStep = [step: string, count: number];

const polling = new AsyncLocalStorage<true>();
const sharing = new AsyncLocalStorage<true>();

/** Runs `read` as a poll: the calls it makes are traced with `?`. */
export function tracePoll<T>(read: () => Promise<T>): Promise<T> {
  return polling.run(true, read);
}

/**
 * Runs `work` for the tests of a describe block (a resource they share, made by whichever runs
 * first and deleted after the last): its calls are traced with `*`, so a plan counts them once
 * per block whichever of its tests it picks, not once per test.
 */
export function traceShared<T>(work: () => Promise<T>): Promise<T> {
  return sharing.run(true, work);
}


const steps: TraceStep[] = [];

function push(step: string): void {
  const last = steps.at(-1);
  if (last && last[0] === step) last[1]++;
  else steps.push([step, 1]);
}

/** One call (attempt) of `<product>.<Action>`. */
export function traceCall(op: string, options: { paced: boolean; created: boolean; perSuite?: boolean }): void {
  push(`${op}${options.paced ? '' : '!'}${options.created ? '+' : ''}${options.perSuite ? '^' : ''}${sharing.getStore() ? '*' : ''}${polling.getStore() ? '?' : ''}`);
}

/** A poll starts: what the test created so far must be usable before it goes on. */
export function traceSettle(): void {
  push(sharing.getStore() ? 'settle*' : 'settle');
}

let coveredUntil = 0;

/**
 * A documented window of `ms` (wall ms at time scale `scale`) was let pass from `startedAt`, its
 * documented length at most `maxMs`. Windows that overlap (checks waiting side by side, such as
 * the rate-limit checks of one product) count once: only the part past the windows counted so far.
 */
export function traceWindow(startedAt: number, ms: number, scale: number, maxMs: number): void {
  const end = startedAt + Math.max(0, ms);
  const fresh = Math.max(0, end - Math.max(startedAt, coveredUntil));
  coveredUntil = Math.max(coveredUntil, end);
  push(`window:${Math.round(Math.min(fresh / scale, maxMs))}`);
}

/** Where the trace is now; a mark splits a step that is still being counted. */
export function traceMark(): { index: number; count: number } {
  return { index: steps.length, count: steps.at(-1)?.[1] ?? 0 };
}

/** The steps since `mark`. */
export function traceSince(mark: { index: number; count: number }): TraceStep[] {
  const out: TraceStep[] = [];
  const open = steps[mark.index - 1];
  if (open && open[1] > mark.count) out.push([open[0], open[1] - mark.count]);
  for (const s of steps.slice(mark.index)) out.push([s[0], s[1]]);
  return out;
}

export type ParsedStep = { kind: 'call'; op: string; paced: boolean; created: boolean; perSuite: boolean; perBlock: boolean; poll: boolean }
  | { kind: 'settle'; perBlock: boolean } | { kind: 'window'; ms: number };

/** A step's parts: the operation of a call (and whether it was paced, created, or polled), or a wait. */
export function parseStep(step: string): ParsedStep {
  if (step === 'settle' || step === 'settle*') return { kind: 'settle', perBlock: step === 'settle*' };
  if (step.startsWith('window:')) return { kind: 'window', ms: Number(step.slice(7)) };
  const m = /^(.*?)(!?)(\+?)(\^?)(\*?)(\??)$/.exec(step)!;
  return { kind: 'call', op: m[1]!, paced: m[2] !== '!', created: m[3] === '+', perSuite: m[4] === '^', perBlock: m[5] === '*', poll: m[6] === '?' };
}
