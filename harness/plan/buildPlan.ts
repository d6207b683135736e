import type { Spec } from '../../spec/index.js';
import type { TestPick } from '../run/TestPick.js';
import { candidates, type Candidate } from './Candidate.js';
import { createdKind, createTime } from './createTimes.js';
import { targetTiming } from './targetTiming.js';
import type { PlanFixture } from './PlanFixture.js';
import type { PlanTarget } from './PlanTarget.js';
import { playPicks } from './playPicks.js';
import { callCount, costMs, type Cost } from './RateClock.js';
import { ruleTier, runsIn, selectTests, type Budget } from './selectTests.js';

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

/** What a plan says of one suite, or of the whole run. */
export interface PlanFigures {
  tests: number;
  /** Tests the run runs (all of them without a budget), and of those, how many check each rule once. */
  runs: number;
  once: number;
  calls: Record<string, number>;
  callCount: number;
  /** Of those, the reads of polls while creates settle: as many as the target's create times and polling interval make. */
  polls: number;
  /** Resources created, per kind (swas.CustomImage, swas.Snapshot, ecs.Image). */
  creates: Record<string, number>;
  /** Documented-rate minutes: waiting on the rates, documented windows let pass, creates settling; their sum. */
  pacingMinutes: number;
  windowMinutes: number;
  settleMinutes: number;
  minutes: number;
  /** Rules these tests check, rules of theirs another suite checks, and the others with the reason they are left out. */
  rules: { checked: number; elsewhere: number; leftOut: Record<string, number> };
}

/** `run --plan`: what a run would call, create and check, and what it costs at the documented rates. */
export interface Plan {
  target: { kind: string; label: string; profile: string };
  budget: Budget | null;
  runs: number;
  createTimes: Record<string, number>;
  suites: ({ suite: string } & PlanFigures)[];
  total: PlanFigures;
  coverage: { rules: { checked: number; of: number }; centralErrorCodes: { checked: number; of: number }; quotaRules: { checked: number; of: number } };
  /** Every rule of the run's catalogue the run would not check, with the reason. */
  leftOut: { id: string; reason: string }[];
  checked: string[];
  /** Suites without recorded figures (tools/recordPlan.ts), and tests whose figures are a stand-in. */
  unrecorded: string[];
  estimated: string[];
  /** The tests to run (RunConfig.selection). */
  selection: Record<string, Record<string, TestPick>>;
}

export const OUTSIDE_BUDGET = 'outside the budget';

function figures(list: readonly Candidate[], cost: Cost, run: Set<Candidate>, once: Set<Candidate>, checkedAnywhere: Set<string>, leftOut: Map<string, string>): PlanFigures {
  const rules = [...new Set(list.flatMap((c) => c.rules))];
  // Checked by these tests; a rule another suite checks is not left out, nor counted here.
  const checked = new Set(list.filter((c) => run.has(c)).flatMap((c) => c.covers));
  const elsewhere = rules.filter((id) => !checked.has(id) && checkedAnywhere.has(id)).length;
  const out: Record<string, number> = {};
  for (const id of rules) {
    if (checkedAnywhere.has(id)) continue;
    const why = (leftOut.get(id) ?? OUTSIDE_BUDGET).split(':')[0]!;
    out[why] = (out[why] ?? 0) + 1;
  }
  const creates: Record<string, number> = {};
  for (const [op, n] of Object.entries(cost.creates)) creates[createdKind(op) ?? op] = (creates[createdKind(op) ?? op] ?? 0) + n;
  return {
    tests: list.length, runs: list.filter((c) => run.has(c)).length, once: list.filter((c) => once.has(c)).length,
    calls: Object.fromEntries(Object.entries(cost.calls).sort(([, a], [, b]) => b - a)), callCount: callCount(cost), polls: cost.polls, creates,
    pacingMinutes: minutes(cost.pacingMs), windowMinutes: minutes(cost.windowsMs), settleMinutes: minutes(cost.settleMs), minutes: minutes(costMs(cost)),
    rules: { checked: rules.filter((id) => checked.has(id)).length, elsewhere, leftOut: out },
  };
}

/**
 * The plan of a run from the suites' recorded figures: which tests run (a budget chooses them,
 * selectTests.ts), what they call and create, their documented-rate time (RateClock.ts) and
 * which rules of the catalogue they check or leave out, and why.
 */
export function buildPlan(spec: Spec, target: PlanTarget, fixtures: readonly PlanFixture[], options: { suites: string[]; rules?: string[]; budget?: Budget; runs: number }): Plan {
  const chosen = fixtures.filter((f) => options.suites.includes(f.suite));
  const all = candidates(spec, target, chosen, options.rules ?? []);
  const timing = targetTiming(target.profile);
  const picks = selectTests(spec, all, options.budget ?? {}, timing, options.runs);
  const played = playPicks(spec, all, picks, timing);
  const checked = new Set([...picks.keys()].flatMap((c) => c.covers));
  // Why a rule is left out: out of reach here when no test can check it, else the budget.
  const leftOut = new Map<string, string>();
  for (const c of all) for (const [id, why] of Object.entries(c.leftOut)) if (!all.some((o) => o.covers.includes(id))) leftOut.set(id, why);
  const run = new Set(picks.keys());
  const once = new Set([...picks].filter(([, p]) => p.once).map(([c]) => c));
  const runRules = spec.rules.filter((r) => r.kind !== 'client' && (!options.rules?.length || options.rules.includes(r.id)));
  const named = new Set(all.flatMap((c) => c.rules));
  const tier = ruleTier(spec);
  const share = (ids: string[]) => ({ checked: ids.filter((id) => checked.has(id)).length, of: ids.length });
  const selection: Plan['selection'] = {};
  for (const [c, p] of picks) {
    const runs = p.once ? 1 : runsIn(c, p.calls);
    (selection[c.suite] ??= {})[c.test] = { ...(p.once && { once: true }), ...(runs !== undefined && { runs }), ms: Math.round(costMs(played.perTest.get(c)!)) };
  }
  return {
    target: { kind: target.kind, label: target.label, profile: target.profile.name },
    budget: options.budget && (options.budget.minutes !== undefined || options.budget.maxCreates !== undefined) ? options.budget : null,
    runs: options.runs,
    createTimes: Object.fromEntries(['swas.CustomImage', 'swas.Snapshot', 'ecs.Image'].map((k) => [k, createTime(target.profile, k)])),
    suites: [...new Set(all.map((c) => c.suite))].map((suite) => {
      const mine = all.filter((c) => c.suite === suite);
      return { suite, ...figures(mine, played.perSuite.get(suite) ?? playPicks(spec, [], new Map(), timing).total, run, once, checked, leftOut) };
    }),
    total: figures(all, played.total, run, once, checked, leftOut),
    coverage: {
      rules: share(runRules.map((r) => r.id).filter((id) => !leftOut.has(id) && named.has(id))),
      centralErrorCodes: share(runRules.filter((r) => tier(r.id) === 1 && r.kind === 'error' && !leftOut.has(r.id) && named.has(r.id)).map((r) => r.id)),
      quotaRules: share(runRules.filter((r) => r.kind === 'quota' && !leftOut.has(r.id) && named.has(r.id)).map((r) => r.id)),
    },
    leftOut: runRules.filter((r) => !checked.has(r.id)).map((r) => ({
      id: r.id, reason: leftOut.get(r.id) ?? (named.has(r.id) ? OUTSIDE_BUDGET : 'no test of the chosen suites checks it'),
    })),
    checked: runRules.filter((r) => checked.has(r.id)).map((r) => r.id),
    unrecorded: options.suites.filter((s) => !fixtures.some((f) => f.suite === s)),
    estimated: all.filter((c) => c.estimated).map((c) => `${c.suite} > ${c.test}`),
    selection,
  };
}

