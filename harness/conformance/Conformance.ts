import { afterAll, expect, test, type RunnerTestCase } from 'vitest';
import './taskMeta.js';
import { getSpec, type Rule, type Spec } from '../../spec/index.js';
import { Client } from '../client/Client.js';
import { TransportError } from '../client/send.js';
import { OutsideBudget } from '../errors/OutsideBudget.js';
import { ToolError } from '../errors/ToolError.js';
import { readRunConfig, type RunConfig } from '../run/RunConfig.js';
import { suiteOf, suiteTimeScale } from '../run/suiteTimeScale.js';
import { Ledger } from '../safety/Ledger.js';
import { runPrefix } from '../safety/sweepEntries.js';
import { regionEndpoints } from '../targets/regionEndpoints.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';
import { impliedRefusalRules, isRefusalRule } from '../effects/refusalRules.js';
import { RuleTest } from './RuleTest.js';
import { since, snapshotTime } from '../run/timeAccount.js';
import { traceMark, traceSince } from '../run/callTrace.js';
import { testKey } from '../run/testKey.js';
import { testPick } from '../run/TestPick.js';
import { MUTATIONS_OFF, unreachableReason } from './unreachableReason.js';
import { join } from 'node:path';

export interface RuleOptions {
  timeout?: number;
  /** The test creates or changes resources: skipped (with that reason) where mutations are not allowed. */
  mutates?: boolean;
  /**
   * Runs at the end of the test when no later test of its describe block will run (none is
   * declared after it, or the run leaves them out): the tests of a block release there what they
   * shared, inside a test, so that a plan sees its calls. See `afterBlock` for a run cut short.
   */
  lastInBlock?: (t: RuleTest) => Promise<void>;
}

/**
 * The suites' entry point: the run's configuration, the spec, and `rule(...)` to register a test
 * that checks one or more rules. A rule the target cannot reach (cloud-only on an emulator, not
 * triggerable anywhere) is recorded `skipped` with the catalogue's reason instead of running.
 */
export class Conformance {
  readonly spec: Spec = getSpec();
  readonly rules = new Map<string, Rule>(this.spec.rules.map((r) => [r.id, r]));
  private clientPromise: Promise<Client> | undefined;
  /** The suite whose tests this is, known once one of them runs (each test file has its own Conformance). */
  private suite: string | undefined;

  constructor(readonly config: RunConfig, suite?: string) {
    this.suite = suite;
  }

  get profile() { return this.config.profile; }
  get isCloud(): boolean { return this.config.target.kind === 'cloud'; }

  /**
   * The factor on documented windows and asynchronous delays this suite runs at: the target's and
   * the client's pacer's. Read it inside a test.
   */
  get timeScale(): number {
    if (this.suite === undefined) throw new Error('suite bug: c.timeScale is known inside a test, not while the suite is collected');
    return suiteTimeScale(this.config, this.suite);
  }

  /**
   * The profile this suite's tests see: the run's, with the suite's own endpoints where the harness
   * gave each suite its own target (RunConfig.endpointsBySuite: one bundled emulator per suite).
   */
  private suiteProfile() {
    const own = this.suite === undefined ? undefined : this.config.endpointsBySuite?.[this.suite];
    return own ? { ...this.config.profile, endpoints: own } : this.config.profile;
  }

  /**
   * The factor on the target's asynchronous delays the harness chose for this suite, where it owns
   * the target's clock (RunConfig.delayScales: the suite's own emulator, or the mock, was started
   * with it; harness/emulator/emulatorTimeScales.ts EMULATOR_DELAYS).
   */
  get delayScale(): number | undefined {
    if (this.suite === undefined) throw new Error('suite bug: c.delayScale is known inside a test, not while the suite is collected');
    return this.config.delayScales?.[this.suite];
  }

  /**
   * Whether new custom images, ECS images and snapshots stay in their intermediate state (SWAS
   * Status "4", Creating, Progressing) long enough for the next call to see it: the harness
   * slowed this suite's creations (a factor of 1 or more), or the profile says so
   * (asyncCreates.observable). Read it inside a test: where it is false, a state never seen proves nothing.
   */
  get slowCreates(): boolean {
    return (this.delayScale ?? 0) >= 1 || this.config.profile.asyncCreates?.observable === true;
  }

  client(): Promise<Client> {
    this.clientPromise ??= (async () => {
      const p = this.suiteProfile();
      const main = await resolveCredentials(p.credentials);
      const peer = p.peer ? await resolveCredentials(p.peer.credentials) : undefined;
      return new Client({
        spec: this.spec, endpoints: p.endpoints, region: p.region, accounts: { main, ...(peer && { peer }) },
        regionEndpoints: regionEndpoints(this.spec, p, this.config.target.kind),
        pacing: p.rateLimits?.enforced ?? true, timeScale: this.timeScale, ownsClock: this.config.target.kind === 'emulator' || this.config.target.kind === 'mock', runId: this.config.runId,
        ledger: new Ledger(join(this.config.reportDir, 'ledger.jsonl')), allowUnknownActions: !this.isCloud,
        ...(this.config.maxCreates !== undefined && { maxCreates: this.config.maxCreates }),
      });
    })();
    return this.clientPromise;
  }

  /** Why a rule cannot be checked on this target, if it cannot. */
  unreachable(rule: Rule): string | undefined {
    return unreachableReason(rule, this.isCloud);
  }

  /** Registers a vitest test that checks `ids`; its observations reach the run's reporter. */
  rule(ids: string | string[], fn: (t: RuleTest) => Promise<void>, options: RuleOptions = {}): void {
    const list = Array.isArray(ids) ? ids : [ids];
    for (const id of list) if (!this.rules.has(id)) throw new Error(`suite bug: rule '${id}' is not in the catalogue`);
    // A test that expects refusals of an operation also checks that they change nothing: it is named after that rule too.
    const implied = impliedRefusalRules(this.rules, list);
    test([...list, ...implied].join(' + '), async ({ task }) => {
      this.suite ??= suiteOf(task.file.filepath);
      task.meta.ruleIds = list;
      task.meta.impliedRuleIds = implied;
      task.meta.testKey = testKey(task);
      if (options.mutates) task.meta.mutates = true;
      // A budgeted or resumed run runs only its selection; the run records the rules of the rest.
      const pick = testPick(this.config, this.suite, task.meta.testKey);
      if ('notRun' in pick) {
        task.meta.notRun = true;
        if (pick.notRun === 'past-deadline') task.meta.pastDeadline = true;
        return;
      }
      const before = snapshotTime();
      const mark = traceMark();
      const repeat = { once: pick.once ?? false, runs: pick.runs ?? this.config.runs };
      const t = new RuleTest(this.spec, await this.client(), this.suiteProfile(), runPrefix(this.config.runId), this.rules, this.config.seed, repeat);
      if (repeat.once) task.meta.once = true;
      const blocked = options.mutates && !this.config.allowMutations ? MUTATIONS_OFF : undefined;
      // The refused calls of a test that checks a RefusalChangesNothing rule, named or implied, are watched.
      for (const id of [...list.filter(isRefusalRule), ...implied]) if (!blocked) t.refusalRules.add(id);
      const reachable = list.filter((id) => {
        const why = this.unreachable(this.rules.get(id)!) ?? blocked;
        if (why) t.skip(id, why);
        return !why;
      });
      try {
        try {
          if (reachable.length) await fn(t);
        } finally {
          if (options.lastInBlock && !this.laterTestRuns(task)) await options.lastInBlock(t);
        }
      } catch (error) {
        if (error instanceof OutsideBudget) {
          for (const id of list) if (!t.observations.some((o) => o.ruleId === id)) t.observations.push({ ruleId: id, verdict: 'skipped', reason: error.message, leftOut: 'budget' });
          return;
        }
        if (!(error instanceof ToolError || error instanceof TransportError)) throw error;
        for (const id of list) if (!t.observations.some((o) => o.ruleId === id)) t.unknown(id, `tool error: ${error.message}`);
        task.meta.toolError = error.message;
      } finally {
        task.meta.observations = t.observations;
        const calls: Record<string, number> = {};
        for (const e of t.exchanges) calls[`${e.product}.${e.action}`] = (calls[`${e.product}.${e.action}`] ?? 0) + 1;
        task.meta.calls = calls;
        task.meta.time = since(before);
        task.meta.trace = traceSince(mark);
        if (t.runsDone !== undefined) task.meta.runs = t.runsDone;
      }
      const failed = t.observations.filter((o) => o.verdict === 'fail');
      if (failed.length) {
        // A conformance failure, not a dying test: the reporter tells the two apart by this mark.
        task.meta.verdictFailure = true;
        throw new Error(failed.map((o) => `${o.ruleId}: ${o.reason}`).join('\n'));
      }
    }, options.timeout ?? 120_000);
  }

  /**
   * Whether a test declared after `task` in its describe block will run: vitest runs it (a
   * `--rule` filter may leave it out) and the run picks it (a budget's selection, a resumed
   * run's). A deadline may still stop it: `afterBlock` then does what it would have done last.
   */
  private laterTestRuns(task: RunnerTestCase): boolean {
    const siblings = task.suite?.tasks ?? [];
    return siblings.slice(siblings.indexOf(task) + 1).some((s) => s.type === 'test' && s.mode === 'run'
      && !('notRun' in testPick(this.config, this.suite ?? '', testKey(s), 0)));
  }

  /**
   * Registers `fn` to run after the tests of the describe block being collected, with calls of
   * their own (traced, but in no test's record): for what `lastInBlock` did not get to do because
   * a deadline stopped the block's last tests. Its observations are dropped.
   */
  afterBlock(fn: (t: RuleTest) => Promise<void>): void {
    afterAll(async () => {
      if (this.suite === undefined) return;
      await fn(new RuleTest(this.spec, await this.client(), this.suiteProfile(), runPrefix(this.config.runId), this.rules, this.config.seed));
    }, 3_600_000);
  }
}

const perFile = new Map<string, Conformance>();

/**
 * The run's Conformance context of the suite file being collected. Workers may run several suite
 * files without reloading the harness (the run's start-up is paid once per worker): each file
 * gets a context of its own, which knows its suite from the start.
 */
export function conformance(): Conformance {
  const file = expect.getState().testPath ?? '';
  let c = perFile.get(file);
  if (!c) perFile.set(file, (c = new Conformance(readRunConfig(), file ? suiteOf(file) : undefined)));
  return c;
}
