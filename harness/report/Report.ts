import type { Basis, RuleKind, RuleProduct } from '../../spec/index.js';
import type { SetupStep } from '../replay/SetupStep.js';
import type { Exchange, Verdict } from '../verdicts/Verdict.js';

/** The `report.json` contract (DESIGN: Verdicts and reports). Add fields freely; never rename or drop one. */
export const SCHEMA_VERSION = 1;

export interface CodeCounts { documented: number; verified: number; failed: number; unreached: number; untestable: number }

export interface ReportRule {
  id: string;
  product: RuleProduct;
  operation: string | null;
  kind: RuleKind;
  basis: Basis;
  statement: string;
  errorCode: string | null;
  httpStatus: number | null;
  verdict: Verdict;
  reason: string;
  evidence: { documented?: string; received?: string; exchanges: Exchange[]; observations: number } | null;
  /**
   * How to reproduce a failure. A stateful failure adds seed, replay path, the steps as sent and
   * `commands`: the shrunk sequence as data, ready to keep in fixtures/stateful/ as a regression case.
   * `setup`: the failing test's requests up to and including the failing one, which replay re-sends.
   */
  repro: { case: string; curl: string; replay: string; seed?: number; path?: string; steps?: string[]; commands?: unknown[]; setup?: SetupStep[] } | null;
  baseline?: { reason: string; link?: string; expires?: string } | null;
  /** Suites that recorded an observation of this rule. */
  checkedBy?: string[];
  /**
   * The run left the rule's tests out: `budget` (skipped, outside the run's budget) or `interrupted`
   * (not-covered: the run stopped first). `run --resume` checks the interrupted ones.
   */
  leftOut?: 'budget' | 'interrupted';
}

export interface ReportObservation {
  kind: 'message-differs' | 'undocumented-field' | 'property-run' | 'baseline-stale' | 'baseline-expired' | 'tool-error' | 'out-of-scope';
  ruleId?: string;
  detail: string;
}

export interface Report {
  schemaVersion: number;
  run: {
    /** What wrote the report: `run` (the suites against a target) or `proxy` (a client's traffic judged); absent in older reports. */
    kind?: 'run' | 'proxy';
    id: string;
    seed: number;
    runs: number;
    target: { kind: string; label: string; profile: string; region: string };
    deviations: string[];
    /** The bundled emulator's or mock's starting world, when the run chose one (--world-seed). */
    worldSeed?: number;
    shard: string | null;
    suites: string[];
    startedAt: string;
    endedAt: string;
    durationMs: number;
    tool: { name: string; version: string };
    /** Calls made per suite and operation, and what the documented rates make of them on the real cloud. */
    calls?: Record<string, Record<string, number>>;
    cloudMinutes?: number;
    /** Where the time went, per suite (harness/run/suiteTime.ts): wall, start-up, waits, calls, the harness's own work. */
    timing?: { suites: Record<string, import('../run/suiteTime.js').SuiteTime> };
    /**
     * Every test that ran to its end: suite, name, rules, verdict per rule, calls and creates per
     * operation, and its trace (harness/run/TestRecord.ts). `run --resume` runs the tests of the
     * run that are not here; tools/recordPlan.ts records the plan's figures from them.
     */
    tests?: import('../run/TestRecord.js').TestRecord[];
    /** What this run's tests did, in documented-rate minutes (harness/plan/RateClock.ts, the profile's create times). */
    documentedMinutes?: number;
    /** The run was stopped (Ctrl-C, SIGTERM) before it ended: what it reports is incomplete. */
    interrupted?: boolean;
    /** The report folders of the runs this one resumed (run --resume), oldest first; their verdicts are merged in. */
    resumedFrom?: string[];
    /** A budgeted run (--budget-minutes, --max-creates): its limits, what the plan chose and what the run spent and covered. */
    budget?: RunBudget;
    /** A proxy run: where it listened, what it forwarded to, the faults it injected (`--inject` form). */
    proxy?: { url: string; upstream: { kind: string; label: string }; inject: string[] };
  };
  summary: {
    rules: number;
    verdicts: Record<Verdict, number>;
    errorCodes: CodeCounts;
    errorCodesCentral: CodeCounts;
    quotaRules: CodeCounts;
    toolErrors: number;
    newFailures: number;
  };
  rules: ReportRule[];
  observations: ReportObservation[];
  /** A proxy run's account of the traffic it judged; absent in run reports. */
  traffic?: TrafficSection;
}

/** What a budget allowed, what the plan chose within it, what the run spent, and how much of the catalogue it covered. */
export interface RunBudget {
  minutes: number | null;
  maxCreates: number | null;
  planned: { minutes: number; creates: number; calls: number; tests: number; of: number };
  spent: { minutes: number; creates: number; calls: number };
  /** Rules decided of the rules reachable on the target; the same for the central operations' error codes and the quota rules. */
  coverage: { rules: Share; centralErrorCodes: Share; quotaRules: Share };
  /** Rules left out: outside the budget. */
  leftOut: number;
}
export interface Share { checked: number; of: number }

/** What a proxy run saw: exchanges, logical calls, faults injected, and per operation the client rules its calls exercised. */
export interface TrafficSection {
  exchanges: number;
  logicalCalls: number;
  /** Logical calls with more than one attempt. */
  retried: number;
  injected: { throttle: number; '5xx': number; 'reset-after-commit': number; latencyMs: number };
  /** The HAR 1.2 file next to report.json. */
  har: string;
  /** Every operation in scope, called or not: its calls, and which of its client rules the traffic exercised. */
  operations: { operation: string; calls: number; exercised: string[]; notExercised: string[]; crossOperation: string[] }[];
  outOfScope: { action: string; calls: number }[];
}
