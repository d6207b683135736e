import type { Basis, RuleKind, RuleProduct } from '../../spec/index.js';
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
   */
  repro: { case: string; curl: string; replay: string; seed?: number; path?: string; steps?: string[]; commands?: unknown[] } | null;
  baseline?: { reason: string; link?: string; expires?: string } | null;
  /** Suites that recorded an observation of this rule. */
  checkedBy?: string[];
}

export interface ReportObservation {
  kind: 'message-differs' | 'undocumented-field' | 'property-run' | 'baseline-stale' | 'baseline-expired' | 'tool-error';
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
    shard: string | null;
    suites: string[];
    startedAt: string;
    endedAt: string;
    durationMs: number;
    tool: { name: string; version: string };
    /** Calls made per suite and operation, and what the documented rates make of them on the real cloud. */
    calls?: Record<string, Record<string, number>>;
    cloudMinutes?: number;
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
}
