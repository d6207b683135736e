import type { Basis } from '../../spec/index.js';
import type { SetupStep } from '../replay/SetupStep.js';
import type { Exchange, Verdict } from '../verdicts/Verdict.js';
import type { Report, ReportRule } from './Report.js';

/** A replayable case (`cases/<ruleId>.json`), read by `acs-conformance replay`. */
export interface CaseFile {
  ruleId: string;
  statement: string;
  basis: Basis;
  verdict: Verdict;
  reason: string;
  documented: string | null;
  received: string | null;
  /** The requests as sent (secrets already redacted by the client) and what came back. */
  exchanges: Exchange[];
  curl: string | null;
  replay: string | null;
  seed?: number;
  path?: string;
  /**
   * The failing test's requests up to and including the failing one (the last), with what replay
   * needs of their answers: status, code, created ids, the resource fields a poll waited on.
   */
  setup?: SetupStep[];
  /** A stateful failure's shrunk command sequence as data (the form of fixtures/stateful/*.json). */
  commands?: unknown[];
  target: Report['run']['target'];
  /** Deviations the bundled emulator or mock ran with: a replay on them switches the same ones on. */
  deviations?: string[];
}

/** Rules that get a case file: the failing ones (fail, and warn for inferred rules). */
export const hasCaseFile = (r: ReportRule): boolean => r.verdict === 'fail' || r.verdict === 'warn';

/** File name of a rule's case inside `cases/`: the rule id, with anything but `[A-Za-z0-9._-]` replaced. */
export const caseFileName = (ruleId: string): string => `${ruleId.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;

/** The case of a failing rule, from its evidence and reproduction. */
export function caseFile(rule: ReportRule, report: Report): CaseFile {
  return {
    ruleId: rule.id, statement: rule.statement, basis: rule.basis, verdict: rule.verdict, reason: rule.reason,
    documented: rule.evidence?.documented ?? null, received: rule.evidence?.received ?? null,
    exchanges: rule.evidence?.exchanges ?? [],
    curl: rule.repro?.curl ?? null, replay: rule.repro?.replay ?? null,
    ...(rule.repro?.seed !== undefined && { seed: rule.repro.seed }),
    ...(rule.repro?.path !== undefined && { path: rule.repro.path }),
    ...(rule.repro?.commands !== undefined && { commands: rule.repro.commands }),
    ...(rule.repro?.setup !== undefined && { setup: rule.repro.setup }),
    target: report.run.target,
    ...(report.run.deviations.length && { deviations: report.run.deviations }),
  };
}
