import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSpec } from '../../spec/index.js';
import { loadBaseline, writeBaseline, type Baseline } from '../baseline/Baseline.js';
import { Client } from '../client/Client.js';
import { UsageError } from '../errors/ToolError.js';
import { planTargetOf } from '../plan/planTargetOf.js';
import { planText } from '../plan/planText.js';
import { buildReport } from '../report/buildReport.js';
import { mergeResumed } from '../report/mergeResumed.js';
import { writeReports } from '../report/writeReports.js';
import { Ledger } from '../safety/Ledger.js';
import { cleanupEverywhere } from '../safety/cleanupEverywhere.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';
import { regionEndpoints } from '../targets/regionEndpoints.js';
import { resolveTarget } from '../targets/resolveTarget.js';
import { cloudMinutes } from './cloudMinutes.js';
import { checkRunRules } from './checkRunRules.js';
import { chooseSuites } from './chooseSuites.js';
import { cleanupAfterError } from './cleanupAfterError.js';
import { documentedCost, inPlanOrder } from './documentedCost.js';
import { markInterrupted } from './markInterrupted.js';
import { leftOutObservations } from './leftOutObservations.js';
import { newRunId } from './newRunId.js';
import { parseRunArgs } from './parseRunArgs.js';
import { planOfRun } from './planOfRun.js';
import { preflight } from './preflight.js';
import { printSummary } from './printSummary.js';
import { Progress } from './Progress.js';
import { doneTests, readResume } from './readResume.js';
import { RUN_CONFIG_ENV, type RunConfig } from './RunConfig.js';
import { RuleCollector } from './RuleCollector.js';
import { runBudget } from './runBudget.js';
import { runSuites } from './runSuites.js';
import { toolHooks } from './toolHooks.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUITES = join(ROOT, 'suites');

export function availableSuites(): string[] {
  return existsSync(SUITES) ? readdirSync(SUITES).filter((f) => f.endsWith('.suite.ts')).map((f) => f.replace(/\.suite\.ts$/, '')).sort() : [];
}

/**
 * `acs-conformance run`: every suite (or the chosen ones) against the target; writes reports/<runId>/.
 * `--plan` prints what the run would do and calls nothing; a budget (`--budget-minutes`,
 * `--max-creates`) runs the tests its plan chose; `--resume DIR` runs what an earlier run did not
 * finish and writes one report of both.
 */
export async function runCommand(argv: string[]): Promise<number> {
  const args = parseRunArgs(argv);
  const resumed = args.resume !== undefined ? readResume(args.resume) : undefined;
  const known = availableSuites();
  const suiteNames = resumed ? resumed.run.suites.filter((s) => known.includes(s)) : chooseSuites(args.suites, known);
  // A resumed run continues with the earlier one's seed, runs, deviations and world.
  const seed = resumed?.run.seed ?? args.seed;
  const runs = resumed?.run.runs ?? args.runs;
  const deviations = resumed?.run.deviations ?? args.deviations;
  const worldSeed = resumed ? resumed.run.worldSeed : args.worldSeed;
  const done = resumed ? doneTests(resumed) : undefined;
  // --update-baseline may create the file; otherwise a named baseline must exist.
  const baseline: Baseline | undefined = args.baseline && (existsSync(args.baseline) || !args.updateBaseline) ? loadBaseline(args.baseline) : undefined;
  const spec = getSpec();
  checkRunRules(spec, args.rules);
  // Client rules are judged from a client's traffic by `acs-conformance proxy`: a run has no client
  // of its own to judge, so its report leaves them out (the proxy's report holds them).
  const runSpec = { ...spec, rules: spec.rules.filter((r) => r.kind !== 'client') };
  const planTarget = planTargetOf({ ...args, ...(worldSeed !== undefined && { worldSeed }) });
  if (resumed && resumed.run.target.label !== planTarget.label) {
    throw new UsageError(`run: --resume '${args.resume}' is a run against ${resumed.run.target.label}; resume it against the same target (not ${planTarget.label})`);
  }
  if (args.plan) {
    const plan = planOfRun(runSpec, planTarget, args, suiteNames, runs, done);
    process.stdout.write(args.json ? `${JSON.stringify(plan, null, 2)}\n` : planText(plan));
    return 0;
  }
  const target = await resolveTarget(spec, args.target, args.profile, deviations, worldSeed);
  const runId = newRunId();
  const reportDir = resolve(args.reportDir, runId);
  let ledger: Ledger | undefined;
  let interrupted = false;
  const budgeted = args.budgetMinutes !== undefined || args.maxCreates !== undefined;
  try {
    const p = target.profile;
    const main = await resolveCredentials(p.credentials);
    // The peer's key too: what a test created as the peer is deleted as the peer.
    const peer = p.peer ? await resolveCredentials(p.peer.credentials) : undefined;
    const clientFor = (l?: Ledger, endpoints = p.endpoints) => new Client({
      spec, endpoints, region: p.region, accounts: { main, ...(peer && { peer }) }, regionEndpoints: regionEndpoints(spec, p, target.kind),
      pacing: p.rateLimits?.enforced ?? true, timeScale: p.rateLimits?.timeScale ?? 1, runId, ...(l && { ledger: l }),
    });
    if (target.kind !== 'mock') await preflight(clientFor(), p.endpoints);
    // Nothing is written before the target answered: a refused run leaves no folder behind.
    mkdirSync(reportDir, { recursive: true });
    ledger = new Ledger(join(reportDir, 'ledger.jsonl'));
    const config: RunConfig = {
      runId, seed, runs, reportDir, target: { kind: target.kind, label: target.label }, profile: p,
      allowMutations: target.kind === 'cloud' ? args.allowMutations : (p.allowMutations ?? true), deviations,
      rateLimitTests: target.kind !== 'cloud' || args.rateLimitTests, ...(args.replayPath !== undefined && { replayPath: args.replayPath }),
      ...(worldSeed !== undefined && { worldSeed }),
      ...(target.timeScales && { timeScales: { ...target.timeScales } }),
      ...(target.delayScales && { delayScales: { ...target.delayScales } }),
      ...toolHooks(),
      ...(done && { done }),
    };
    const plan = planOfRun(runSpec, { ...planTarget, profile: p, allowMutations: config.allowMutations, rateLimitTests: config.rateLimitTests }, args, suiteNames, runs, done);
    // A budget runs the tests its plan chose, and only the suites that have some.
    const running = budgeted ? suiteNames.filter((s) => plan.selection[s]) : suiteNames;
    if (budgeted) config.selection = plan.selection;
    if (args.maxCreates !== undefined) config.maxCreates = args.maxCreates;
    // On the bundled emulator every suite gets its own (the same world): suites run side by side.
    // (Even one suite gets a fresh one: no call of the run's preflight shares its rate windows.)
    const parallel = target.kind === 'mock' || target.isolate !== undefined;
    if (target.isolate) config.endpointsBySuite = await target.isolate(running);
    const plannedMs = Object.values(plan.selection).flatMap((tests) => Object.values(tests)).reduce((n, t) => n + (t.ms ?? 0), 0);
    const progress = new Progress(plan.total.callCount, process.stderr, 30_000, Date.now, plannedMs);
    const say = (line: string) => progress.say(line);
    const collector = new RuleCollector(say, { test: (t) => progress.testEnded(Object.values(t.calls).reduce((a, b) => a + b, 0), plan.selection[t.suite]?.[t.test]?.ms), suiteStarted: (s) => progress.suiteStarted(s), suiteEnded: (s) => progress.suiteEnded(s) });
    say(`run ${runId}: target ${target.label}${worldSeed ? ` (world ${worldSeed})` : ''}, seed ${seed}${args.shard ? `, shard ${args.shard.index}/${args.shard.count}` : ''}${resumed ? `, resuming ${resumed.run.id} (${Object.values(done ?? {}).flat().length} tests done)` : ''}`);
    say(`plan: ${plan.total.runs} tests, about ${plan.total.callCount} calls, ${plan.total.minutes} documented-rate minutes${plan.budget ? ` within the budget, covering ${plan.coverage.rules.checked} of ${plan.coverage.rules.of} rules reachable here` : ''} (run --plan for the details)`);
    const startedAt = new Date();
    // At real speed a budget is wall time too: no test starts that would end past it.
    if (args.budgetMinutes !== undefined && !target.timeScales && (p.rateLimits?.timeScale ?? 1) === 1) config.deadline = startedAt.getTime() + args.budgetMinutes * 60_000;
    process.env[RUN_CONFIG_ENV] = JSON.stringify(config);
    const files = running.map((s) => `suites/${s}.suite.ts`);
    interrupted = await runSuites({ files, collector, progress, say, parallel, jobs: args.jobs, rules: args.rules, shard: args.shard,
      passWithNoTests: args.shard !== undefined || args.rules.length > 0 || budgeted || resumed !== undefined });
    const observed = new Set(collector.observations.map((o) => o.ruleId));
    const observations = budgeted ? [...collector.observations, ...leftOutObservations(plan, collector.notRun, observed)] : collector.observations;
    let report = buildReport(runSpec, observations, {
      run: {
        kind: 'run', id: runId, seed, runs, target: { kind: target.kind, label: target.label, profile: p.name, region: p.region },
        deviations, ...(worldSeed !== undefined && { worldSeed }), shard: args.shard ? `${args.shard.index}/${args.shard.count}` : null, suites: suiteNames,
        startedAt: startedAt.toISOString(), endedAt: new Date().toISOString(), durationMs: Date.now() - startedAt.getTime(),
        tool: { name: 'acs-image-conformance', version: '0.1.0' },
        calls: collector.calls, cloudMinutes: cloudMinutes(spec, collector.calls), timing: { suites: collector.timing }, tests: collector.tests,
        documentedMinutes: documentedCost(spec, inPlanOrder(collector.tests), p).minutes, interrupted,
      }, toolErrors: collector.toolErrors,
    }, baseline, (product) => (product === 'ecs' ? p.endpoints.ecs : p.endpoints.swas));
    const shown = relative(process.cwd(), reportDir);
    const location = shown.startsWith('..') ? reportDir : shown || '.';
    if (interrupted) markInterrupted(report, plan, collector.notRun, location);
    if (resumed) report = mergeResumed(runSpec, resumed, report);
    if (budgeted) report.run.budget = runBudget(spec, plan, report, inPlanOrder(collector.tests), p);
    writeReports(report, reportDir);
    if (args.updateBaseline && args.baseline) {
      const entries = report.rules.filter((r) => r.verdict === 'fail' || r.verdict === 'warn' || r.verdict === 'known-gap')
        .map((r) => baseline?.entries.find((e) => e.ruleId === r.id) ?? { ruleId: r.id, target: target.label, reason: r.reason });
      writeBaseline(args.baseline, { entries });
      say(`baseline ${args.baseline}: ${entries.length} entries written`);
    }
    // The ledger has every answered create; a create cut off by an interrupt is found by its name.
    const left = await cleanupEverywhere((endpoints) => clientFor(ledger, endpoints), p.endpoints, Object.values(config.endpointsBySuite ?? {}),
      ledger.live(), interrupted ? { region: p.region, runId } : undefined);
    if (left.left.length) say(`cleanup: ${left.left.length} resources left (${left.left.map((l) => `${l.id}: ${l.reason}`).join('; ')}); run acs-conformance cleanup --ledger ${relative(process.cwd(), ledger.path)}`);
    printSummary(report, location, say);
    if (interrupted) return 2;
    if (report.summary.toolErrors > 0 && report.summary.verdicts.pass === 0) return 2;
    return report.summary.newFailures > 0 ? 1 : report.summary.toolErrors > 0 ? 2 : 0;
  } catch (error) {
    if (ledger) await cleanupAfterError(spec, target.profile, target.kind, runId, ledger);
    throw error;
  } finally {
    await target.stop();
  }
}
