import type { Rule, Spec } from '../../spec/index.js';
import { findEntry, type Baseline } from '../baseline/Baseline.js';
import { VERDICTS, worst, type Observation, type Verdict } from '../verdicts/Verdict.js';
import { curlFor } from './curlFor.js';
import { SCHEMA_VERSION, type CodeCounts, type Report, type ReportObservation, type ReportRule } from './Report.js';

export interface RunInfo { run: Report['run']; toolErrors: string[] }

function counts(rules: ReportRule[]): CodeCounts {
  const n = (vs: Verdict[]) => rules.filter((r) => vs.includes(r.verdict)).length;
  return { documented: rules.length, verified: n(['pass']), failed: n(['fail', 'warn', 'known-gap']), unreached: n(['unknown', 'not-covered']), untestable: n(['skipped']) };
}

function toReportRule(rule: Rule, seen: Observation[], caseDir: string, endpoint: (product: string) => string): ReportRule {
  let verdict: Verdict = 'not-covered';
  for (const o of seen) verdict = verdict === 'not-covered' ? o.verdict : worst(verdict, o.verdict);
  const decisive = seen.find((o) => o.verdict === verdict);
  const exchanges = decisive?.exchanges ?? [];
  const failing = verdict === 'fail' || verdict === 'warn';
  const last = exchanges.at(-1);
  const checkedBy = [...new Set(seen.map((o) => o.suite).filter((x): x is string => x !== undefined))].sort();
  return {
    checkedBy,
    id: rule.id, product: rule.product, operation: rule.operation ?? null, kind: rule.kind, basis: rule.basis, statement: rule.statement,
    errorCode: rule.errorCode ?? rule.observe.code ?? null, httpStatus: rule.httpStatus ?? rule.observe.httpStatus ?? null,
    verdict, reason: decisive?.reason ?? 'no test exercised this rule', ...(decisive?.leftOut && { leftOut: decisive.leftOut }),
    evidence: decisive ? { ...(decisive.documented !== undefined && { documented: decisive.documented }), ...(decisive.received !== undefined && { received: decisive.received }), exchanges, observations: seen.length } : null,
    repro: failing && last ? {
      case: `${caseDir}/${rule.id}.json`, curl: curlFor(endpoint(last.product), last), replay: `acs-conformance replay ${caseDir}/${rule.id}.json`,
      ...(decisive?.property && { seed: decisive.property.seed, path: decisive.property.path }),
      ...(decisive?.property?.steps && { steps: decisive.property.steps }),
      ...(decisive?.property?.commands && { commands: decisive.property.commands }),
      ...(decisive?.setup && { setup: decisive.setup }),
    } : null,
  };
}

/** Combines the observations of a run into the report: every catalogue rule appears once. */
export function buildReport(spec: Spec, observations: Observation[], info: RunInfo, baseline: Baseline | undefined, endpoint: (product: string) => string): Report {
  const byRule = new Map<string, Observation[]>();
  for (const o of observations) byRule.set(o.ruleId, [...(byRule.get(o.ruleId) ?? []), o]);
  const notes: ReportObservation[] = info.toolErrors.map((detail) => ({ kind: 'tool-error', detail }));
  const seenNotes = new Set<string>();
  for (const o of observations) {
    for (const detail of o.notes ?? []) {
      if (seenNotes.has(`${o.ruleId}|${detail}`)) continue;
      seenNotes.add(`${o.ruleId}|${detail}`);
      notes.push({ kind: o.noteKind ?? 'undocumented-field', ruleId: o.ruleId, detail });
    }
  }
  const rules = spec.rules.map((rule) => {
    const r = toReportRule(rule, byRule.get(rule.id) ?? [], 'cases', endpoint);
    const hit = findEntry(baseline, rule.id, info.run.target.label);
    if (hit?.expired) notes.push({ kind: 'baseline-expired', ruleId: rule.id, detail: `baseline entry expired on ${hit.entry.expires}; the failure counts again` });
    else if (hit && (r.verdict === 'fail' || r.verdict === 'warn')) {
      r.verdict = 'known-gap';
      r.baseline = { reason: hit.entry.reason, ...(hit.entry.link && { link: hit.entry.link }), ...(hit.entry.expires && { expires: hit.entry.expires }) };
    } else if (hit && r.verdict === 'pass') notes.push({ kind: 'baseline-stale', ruleId: rule.id, detail: 'listed in the baseline but passes now; remove the entry' });
    return r;
  });
  return { schemaVersion: SCHEMA_VERSION, run: info.run, summary: summarize(spec, rules, info.toolErrors.length), rules, observations: notes };
}

/** The summary block of a report, from its rules. */
export function summarize(spec: Spec, rules: ReportRule[], toolErrors: number): Report['summary'] {
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, rules.filter((r) => r.verdict === v).length])) as Record<Verdict, number>;
  const central = new Set(spec.operations.filter((o) => o.role === 'central').map((o) => `${o.product}.${o.operation}`));
  const errors = rules.filter((r) => r.kind === 'error');
  return {
    rules: rules.length, verdicts, errorCodes: counts(errors), errorCodesCentral: counts(errors.filter((r) => r.operation && central.has(r.operation))),
    quotaRules: counts(rules.filter((r) => r.kind === 'quota')), toolErrors, newFailures: verdicts.fail,
  };
}
