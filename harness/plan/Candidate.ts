import type { Rule, Spec } from '../../spec/index.js';
import type { TraceStep } from '../run/callTrace.js';
import { parseStep } from '../run/callTrace.js';
import type { PlanFixture } from './PlanFixture.js';
import { leftOutReason, type PlanTarget } from './PlanTarget.js';

/** One test a run could run, with what it checks on the target and what its figures are. */
export interface Candidate {
  suite: string;
  test: string;
  /** Rules the test names. */
  rules: string[];
  /** Rules it checks on this target (the others are in `leftOut`, with the reason). */
  covers: string[];
  leftOut: Record<string, string>;
  once: TraceStep[];
  full: TraceStep[];
  /** Calls the suite makes once, for whichever of its tests runs first (the servers discovered). */
  setup: TraceStep[];
  /** The describe block the test is declared in (its key without its own name). */
  block: string;
  /** Calls the block makes once for its tests, for whichever runs first (a resource they share). */
  blockSetup: TraceStep[];
  /** Property runs in the full trace. */
  runs?: number;
  mutates: boolean;
  /** The recording could not see its calls (every rule it names was out of reach there): its figures are a stand-in. */
  estimated: boolean;
}

/** The calls of a trace, without the polls (their number is the target's timing, RateClock.ts). */
export const traceCalls = (trace: readonly TraceStep[]): number =>
  trace.reduce((n, [step, count]) => { const s = parseStep(step); return n + (s.kind === 'call' && !s.poll ? count : 0); }, 0);

const perSuite = ([step]: TraceStep) => { const s = parseStep(step); return s.kind === 'call' && s.perSuite; };
const perBlock = ([step]: TraceStep) => { const s = parseStep(step); return s.kind !== 'window' && s.perBlock; };
/** A trace without its once-per-suite and once-per-block steps. */
const own = (trace: readonly TraceStep[]): TraceStep[] => trace.filter((s) => !perSuite(s) && !perBlock(s));
/** The describe block of a test key (testKey.ts): everything before its own name. */
export const blockOf = (test: string): string => test.slice(0, Math.max(0, test.lastIndexOf(' > ')));

/**
 * The candidates of the chosen suites, in run order (suites by name, tests as their file
 * declares them). A test with nothing recorded because the bundled emulator could not reach its
 * rules, but which the target can, borrows the figures of its suite's median test (estimated).
 * Calls a suite makes once for all its tests (`^` in a trace) are the suite's setup, played
 * before its first chosen test; what the tests of a describe block share (`*`) is the block's,
 * played before the block's first chosen test.
 */
export function candidates(spec: Spec, target: PlanTarget, fixtures: readonly PlanFixture[], rulesFilter: readonly string[] = []): Candidate[] {
  const byId = new Map<string, Rule>(spec.rules.map((r) => [r.id, r]));
  const out: Candidate[] = [];
  for (const f of [...fixtures].sort((a, b) => a.suite.localeCompare(b.suite))) {
    const withCalls = f.tests.filter((t) => traceCalls(t.once.trace) > 0).sort((a, b) => traceCalls(a.once.trace) - traceCalls(b.once.trace));
    const median = withCalls[Math.floor(withCalls.length / 2)];
    const setup = f.tests.flatMap((t) => t.full.trace.filter(perSuite));
    const blockSetup = new Map<string, TraceStep[]>();
    for (const t of f.tests) (blockSetup.get(blockOf(t.test)) ?? blockSetup.set(blockOf(t.test), []).get(blockOf(t.test))!).push(...t.full.trace.filter(perBlock));
    for (const t of f.tests) {
      if (rulesFilter.length && !t.rules.some((id) => rulesFilter.includes(id))) continue;
      const rules = t.rules.map((id) => byId.get(id)).filter((r): r is Rule => r !== undefined);
      const leftOut: Record<string, string> = {};
      for (const r of rules) {
        const why = leftOutReason(target, r, t.mutates ?? false, rules);
        if (why) leftOut[r.id] = why;
      }
      const named = rules.map((r) => r.id).filter((id) => !leftOut[id]);
      const estimated = named.length > 0 && traceCalls(t.once.trace) === 0 && named.every((id) => t.verdicts[id] === 'skipped' || t.verdicts[id] === undefined) && median !== undefined;
      // A RefusalChangesNothing rule the test implies is checked with one of its own rules, where
      // its refusals had something to watch: where the recording saw a verdict (a refusal of an
      // unknown id touches nothing), or where it could not see the test at all (estimated).
      const implied = t.implied ?? [];
      for (const id of implied) if (!named.length) leftOut[id] = 'checked with the refusals of its test, which are left out here';
      const covers = named.length ? [...named, ...implied.filter((id) => estimated || t.verdicts[id] !== undefined)] : [];
      out.push({
        suite: f.suite, test: t.test, rules: [...t.rules, ...implied], covers, leftOut, mutates: t.mutates ?? false, estimated,
        once: own(estimated ? median!.once.trace : t.once.trace), full: own(estimated ? median!.full.trace : t.full.trace), setup,
        block: blockOf(t.test), blockSetup: blockSetup.get(blockOf(t.test)) ?? [],
        ...(t.full.runs !== undefined && !estimated && { runs: t.full.runs }),
      });
    }
  }
  return out;
}
