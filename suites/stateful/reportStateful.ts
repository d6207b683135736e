import type { RuleTest } from '../../harness/index.js';
import { Mismatch } from './Mismatch.js';
import type { StatefulFailure, StatefulRecorder } from './StatefulRecorder.js';

/** What fast-check says about the property (the fields of its RunDetails the report uses). */
export interface PropertyResult { failed: boolean; seed: number; counterexamplePath: string | null; numRuns: number; errorInstance: unknown; counterexample?: unknown[] | null }

function failRules(t: RuleTest, f: StatefulFailure, notes: string[], failed: Set<string>): void {
  const { mismatch, exchanges } = f;
  for (const id of new Set(mismatch.rules)) {
    if (!t.spec.rules.some((r) => r.id === id)) continue;
    failed.add(id);
    t.check(id, false, mismatch.documented, `${mismatch.received} (after ${mismatch.steps.length} steps: ${mismatch.steps.join('; ')})`, exchanges,
      [`${f.origin}; replay: acs-conformance run --suite stateful --seed ${f.seed} --replay-path "${f.path}"`, ...notes, ...mismatch.steps.map((s, i) => `step ${i + 1}: ${s}`)]);
    Object.assign(t.observations.at(-1)!, { property: { seed: f.seed, path: f.path, steps: mismatch.steps, commands: mismatch.commands }, noteKind: 'property-run' });
  }
}

/**
 * Turns the suite's results into verdicts: each failure (a kept counterexample's, the property's
 * shrunk one) fails the rules it breaks, with seed, replay path and the steps; every other rule
 * some command exercised in agreement with the model passes once; rules whose creation never
 * settled are unknown; rules no sequence reached are skipped.
 */
export function reportStateful(t: RuleTest, rules: readonly string[], rec: StatefulRecorder, result: PropertyResult): void {
  const seconds = (Date.now() - rec.startedAt) / 1000;
  const per = (n: number) => (n / Math.max(seconds, 0.001)).toFixed(1);
  const pace = `${rec.runs} runs, ${rec.commandsRun} commands (${per(rec.commandsRun)}/s), ${rec.commands} calls compared with the model (${per(rec.commands)}/s) in ${seconds.toFixed(1)} s`;
  const failed = new Set<string>();
  for (const f of rec.failures) failRules(t, f, [pace], failed);
  if (result.failed) {
    if (!(result.errorInstance instanceof Mismatch) || !rec.lastMismatch) throw result.errorInstance;
    const first = `first failure after ${(((rec.firstFailureAt ?? rec.propertyStartedAt) - rec.propertyStartedAt) / 1000).toFixed(1)} s`;
    const shrink = rec.shrinkCut ? ['shrinking stopped at its time budget: a shorter sequence may exist'] : [];
    failRules(t, { ...rec.lastMismatch, seed: result.seed, path: result.counterexamplePath ?? '', origin: `property run ${result.numRuns}` }, [first, pace, ...shrink], failed);
  }
  for (const id of rules) {
    if (failed.has(id)) continue;
    const unsettled = rec.unsettled.get(id);
    if (unsettled) t.unknown(id, unsettled);
    else if (rec.agreed.has(id)) t.check(id, true, 'answers and observable state as the reference model has them, on every generated command touching the rule', 'the same', []);
    else t.skip(id, `no generated command sequence of seed ${result.seed} reached it`);
  }
  // The run's account, once: on the first verdict the suite gave.
  const first = t.observations.find((o) => o.verdict === 'pass' || o.verdict === 'fail' || o.verdict === 'warn');
  if (first && !failed.has(first.ruleId)) Object.assign(first, { notes: [`stateful: ${pace}`], noteKind: 'property-run' });
}
