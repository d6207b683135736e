import fc from 'fast-check';
import { OutsideBudget, type Conformance, type RuleTest } from '../../harness/index.js';
import { CREATES_RESOURCES } from '../support/createsResources.js';
import { loadCounterexamples } from './loadCounterexamples.js';
import { Mismatch } from './Mismatch.js';
import { reportStateful, type PropertyResult } from './reportStateful.js';
import { runSequence } from './runSequence.js';
import { STATEFUL_RULES } from './STATEFUL_RULES.js';
import { StatefulRecorder } from './StatefulRecorder.js';
import { statefulCommands } from './statefulCommands.js';

const MAX_RUNS = 25;
const MAX_COMMANDS = 25;
/** The whole property, shrinking included; what is left is not run (a slow endpoint cannot hang the run). */
const TIME_LIMIT_MS = 15 * 60_000;
/** Shrinking after the first failure: past this, remaining candidates are not sent. */
const SHRINK_BUDGET_MS = 3 * 60_000;
const FIXTURE_PATH = 'fixture:';

/** Runs the kept counterexamples (all, or the one `only` names), recording each failure. */
async function runCounterexamples(t: RuleTest, rec: StatefulRecorder, seed: number, only: string | undefined): Promise<void> {
  for (const kept of loadCounterexamples()) {
    if (only !== undefined && kept.name !== only) continue;
    rec.lastMismatch = undefined;
    try {
      await runSequence(t, rec, kept.build());
    } catch (e) {
      if (!(e instanceof Mismatch) || !rec.lastMismatch) throw e;
      const { mismatch, exchanges } = rec.lastMismatch;
      rec.failures.push({ mismatch, exchanges, seed, path: `${FIXTURE_PATH}${kept.name}`, origin: `kept counterexample fixtures/stateful/${kept.name}.json` });
    }
  }
}

/**
 * Model-based testing of the custom-image lifecycle: first the kept counterexamples, then random
 * command sequences, each against the target and a reference model mirroring the target's state
 * at its start; every answer and the observable state after every command must agree. A
 * disagreement is shrunk to a short sequence and fails the rule it breaks; everything a run
 * created is deleted after it. `replayPath` (run --replay-path) re-runs one counterexample only.
 */
export function statefulProperty(c: Conformance): void {
  c.rule([...STATEFUL_RULES], async (t) => {
    const rec = new StatefulRecorder();
    const { seed, replayPath } = c.config;
    // ACS_STATEFUL_KEPT=off leaves the kept counterexamples out (tools/benchStateful.ts measures the search alone).
    const kept = process.env['ACS_STATEFUL_KEPT'] !== 'off';
    if (kept && (replayPath === undefined || replayPath.startsWith(FIXTURE_PATH))) await runCounterexamples(t, rec, seed, replayPath?.slice(FIXTURE_PATH.length));
    let result: PropertyResult = { failed: false, seed, counterexamplePath: null, numRuns: 0, errorInstance: null };
    if (replayPath === undefined || !replayPath.startsWith(FIXTURE_PATH)) {
      // The search's own clock: a kept counterexample's failure neither starts its shrink budget nor counts as its first failure.
      rec.lastMismatch = undefined;
      rec.firstFailureAt = undefined;
      rec.propertyStartedAt = Date.now();
      // A replay path is fast-check's shrink path, then after '@' the commands' own replay log.
      const [path, commandsLog] = replayPath?.split('@') ?? [];
      const commands = fc.commands(statefulCommands(), { maxCommands: MAX_COMMANDS, size: 'max', ...(commandsLog && { replayPath: commandsLog }) });
      const property = fc.asyncProperty(commands, async (cmds) => {
        // Past the shrink budget a candidate counts as passing without being sent: shrinking ends.
        if (rec.firstFailureAt !== undefined && Date.now() - rec.firstFailureAt > SHRINK_BUDGET_MS) {
          rec.shrinkCut = true;
          return;
        }
        // Past the budget's creates nothing more is sent; what the runs so far checked stands.
        if (rec.outOfBudget) return;
        try {
          await runSequence(t, rec, cmds);
        } catch (e) {
          if (!(e instanceof OutsideBudget)) throw e;
          rec.outOfBudget = e;
        }
      });
      result = await fc.check(property, {
        seed, numRuns: t.propertyRuns(MAX_RUNS), interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false,
        ...(path !== undefined && { path, endOnFailure: true }),
      });
      const log = /replayPath="([^"]*)"/.exec(String(result.counterexample?.[0] ?? ''))?.[1];
      if (result.failed && result.counterexamplePath && log) result.counterexamplePath += `@${log}`;
    }
    reportStateful(t, STATEFUL_RULES, rec, result);
    if (rec.outOfBudget) {
      for (const o of t.observations) if (o.verdict === 'skipped' && o.reason.startsWith('no generated command')) Object.assign(o, { reason: rec.outOfBudget.message, leftOut: 'budget' });
    }
  }, CREATES_RESOURCES);
}
