import type { Rule, Spec } from '../../spec/index.js';
import type { CallOptions, CallResult, Client } from '../client/Client.js';
import type { ParamValue } from '../protocol/index.js';
import { setupSteps, type SentWith } from '../replay/setupSteps.js';
import type { Profile } from '../targets/Profile.js';
import { isThrottled, judgeAnswer } from '../verdicts/judgeAnswer.js';
import type { Exchange, Observation, Verdict } from '../verdicts/Verdict.js';
import { watchRefusal } from '../effects/watchRefusal.js';
import { Fixtures } from './Fixtures.js';
import { waitBooked } from '../run/timeAccount.js';
import { tracePoll, traceSettle, traceWindow } from '../run/callTrace.js';

/** How a mismatch is graded. */
export interface JudgeOptions {
  /**
   * The trigger came from a default, not from the profile (a made-up account id that may exist
   * on the target): a mismatch is a `warn` with this reason, never a `fail`.
   */
  cannotJudge?: string;
}

/** Tells apart the names of test files run in isolation (each imports this module afresh). */
const WORKER_TAG = Math.random().toString(36).slice(2, 6);
let names = 0;

/**
 * What one conformance test works with: a client whose exchanges become evidence, and the ways to
 * record a verdict for a rule. "Called" is not "checked": a rule passes only through `probe`,
 * `expectAnswer` or `check`, which compare an answer or a state with what the rule says.
 */
export class RuleTest {
  readonly observations: Observation[] = [];
  readonly exchanges: Exchange[] = [];
  /** Root resources and state helpers. */
  readonly fx: Fixtures = new Fixtures(this);
  /** How each exchange was sent, where it was not the default (for the replay of a failure). */
  private readonly sentWith = new WeakMap<Exchange, SentWith>();
  /**
   * The RefusalChangesNothing rules this test checks besides its own (Conformance sets them): a
   * refusal it expects of such an operation is watched for side effects (harness/effects).
   */
  readonly refusalRules = new Set<string>();
  /** Reads the refusal watch made to observe, not to set anything up: a failure's case leaves them out of its setup. */
  private readonly observing = new WeakSet<Exchange>();

  /** Property runs this test did (propertyRuns), when it does any. */
  runsDone: number | undefined;
  /**
   * Check each rule once: no repetitions (a budget's first pass). Probes send one value per rule
   * (the one the rule says is refused), property tests do one run.
   */
  readonly once: boolean;
  private readonly runs: number;

  constructor(readonly spec: Spec, readonly client: Client, readonly profile: Profile, readonly namePrefix: string,
    private readonly rules: Map<string, Rule>, readonly seed = 0, repeat: { once?: boolean; runs?: number } = {}) {
    this.once = repeat.once ?? false;
    this.runs = repeat.runs ?? 50;
  }

  /**
   * How many property runs this test does: the run's --runs (one when it checks each rule once),
   * at most `max`. The plan learns from it what one run more costs.
   */
  propertyRuns(max = Infinity): number {
    this.runsDone = Math.max(1, Math.min(this.once ? 1 : this.runs, max));
    return this.runsDone;
  }

  rule(id: string): Rule {
    const r = this.rules.get(id);
    if (!r) throw new Error(`suite bug: rule '${id}' is not in the catalogue`);
    return r;
  }

  async call(product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>, opts: CallOptions = {}): Promise<CallResult> {
    const r = await this.client.call(product, action, params, opts);
    this.exchanges.push(r.exchange);
    if (opts.as === 'peer' || opts.retry === false || opts.pace === false) {
      this.sentWith.set(r.exchange, { ...(opts.as === 'peer' && { as: 'peer' }), ...(opts.retry === false && { retry: false }), ...(opts.pace === false && { pace: false }) });
    }
    return r;
  }

  /**
   * A name no other test uses: run prefix, the base, this worker's tag and a counter shared by the
   * worker's tests (names of snapshots and images must be unique in the account, and a test's
   * resources can outlive it). Valid for SWAS and ECS names.
   */
  name(base: string): string {
    return `${this.namePrefix}-${base}-${WORKER_TAG}${++names}`;
  }

  /** Runs reads that only observe (the refusal watch's): their exchanges stay evidence but are no setup step of a case. */
  async observe<T>(read: () => Promise<T>): Promise<T> {
    const from = this.exchanges.length;
    try {
      return await read();
    } finally {
      for (const e of this.exchanges.slice(from)) this.observing.add(e);
    }
  }

  /** Sends one call (no retry) and judges its answer against the rule, re-checking a mismatch once. */
  async probe(ruleId: string, product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>, opts: CallOptions = {}, judging: JudgeOptions = {}): Promise<CallResult> {
    const send = () => this.call(product, action, params, { ...opts, retry: false });
    const expectsRefusal = this.rule(ruleId).observe.outcome === 'error';
    const judge = async () => {
      const first = await send();
      await this.expectAnswer(ruleId, first, expectsRefusal ? send : undefined, judging);
      return first;
    };
    return expectsRefusal ? watchRefusal(this, product, action, params, judge, opts.as) : judge();
  }

  /**
   * Judges an answer against a rule. A mismatch on an error rule is re-checked with `resend` (one
   * retry of the exact request): if the second answer matches, the endpoint is flaky and the
   * verdict is `unknown`, not `fail`. A throttled answer is `unknown` except for rate-limit rules.
   */
  async expectAnswer(ruleId: string, answer: CallResult, resend?: () => Promise<CallResult>, judging: JudgeOptions = {}): Promise<Verdict> {
    const rule = this.rule(ruleId);
    const j = judgeAnswer(rule, answer);
    const broken = (reason: string, exchanges: Exchange[]) => judging.cannotJudge
      ? this.record(rule, 'warn', `${reason}; not judged as a failure: ${judging.cannotJudge}`, j, exchanges)
      : this.record(rule, rule.basis === 'documented' ? 'fail' : 'warn', reason, j, exchanges);
    if (!j.matches && isThrottled(answer) && rule.kind !== 'rate-limit') {
      return this.record(rule, 'unknown', `throttled (${j.received}); not a conformance verdict`, j, [answer.exchange]);
    }
    if (j.matches) return this.record(rule, 'pass', `documented ${j.documented}, received ${j.received}`, j, [answer.exchange]);
    if (resend) {
      const again = await resend();
      const j2 = judgeAnswer(rule, again);
      if (j2.matches) return this.record(rule, 'unknown', `flaky: first ${j.received}, then ${j2.received} (documented ${j.documented})`, j, [answer.exchange, again.exchange]);
      return broken(`documented ${j.documented}, received ${j.received} (twice)`, [answer.exchange, again.exchange]);
    }
    return broken(`documented ${j.documented}, received ${j.received}`, [answer.exchange]);
  }

  /** Records the verdict of a state check: `ok` compares what was read with what the rule says. */
  check(ruleId: string, ok: boolean, documented: string, received: string, exchanges: Exchange[] = this.exchanges.slice(-4), notes: string[] = []): Verdict {
    const rule = this.rule(ruleId);
    const verdict: Verdict = ok ? 'pass' : rule.basis === 'documented' ? 'fail' : 'warn';
    const v = this.record(rule, verdict, ok ? `documented ${documented}, observed it` : `documented ${documented}, received ${received}`, { documented, received }, exchanges);
    if (notes.length) this.observations.at(-1)!.notes = notes;
    return v;
  }

  skip(ruleId: string, reason: string): void {
    this.record(this.rule(ruleId), 'skipped', reason, undefined, []);
  }

  unknown(ruleId: string, reason: string): void {
    this.record(this.rule(ruleId), 'unknown', reason, undefined, this.exchanges.slice(-4));
  }

  /**
   * Polls `read` until `done` holds or the settle timeout passes (undefined): the first look at
   * once, then pauses that grow from a sixteenth of the profile's interval to the interval itself.
   */
  async until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T | undefined> {
    const { intervalMs, settleTimeoutMs } = this.profile.polling ?? { intervalMs: 1000, settleTimeoutMs: 120_000 };
    const end = Date.now() + settleTimeoutMs;
    traceSettle();
    for (let pause = Math.max(1, intervalMs / 16), first = true; ; pause = Math.min(intervalMs, pause * 2), first = false) {
      // Reads after the first are polls: how many a target takes depends on its timing (callTrace.ts).
      const value = await (first ? read() : tracePoll(read));
      if (done(value)) return value;
      if (Date.now() >= end) return undefined;
      await waitBooked('pollingMs', Math.min(pause, Math.max(0, end - Date.now())));
    }
  }

  /**
   * Lets a documented window pass (a rate window before a burst, a quiet window after one): the
   * one kind of wait no condition can replace, booked as such in the run's time account.
   */
  async waitOut(ms: number): Promise<void> {
    const startedAt = Date.now();
    await waitBooked('windowsMs', ms);
    // A wait is a documented window plus a margin for the machine: at a small time scale those few
    // real ms would count as minutes, so no wait counts more than the longest documented window + 10 %.
    const longest = Math.max(0, ...this.spec.operations.map((o) => (o.limits?.qps?.perSeconds ?? 0) * 1000));
    traceWindow(startedAt, ms, this.client.options.timeScale ?? 1, longest * 1.1);
  }

  private record(rule: Rule, verdict: Verdict, reason: string, j: { documented: string; received: string } | undefined, exchanges: Exchange[]): Verdict {
    // A failure keeps the test's requests up to and including the failing one: replay re-creates its setup.
    const failing = verdict === 'fail' || verdict === 'warn' ? this.exchanges.lastIndexOf(exchanges.at(-1)!) : -1;
    const setup = failing >= 0 ? setupSteps(this.spec, this.exchanges.slice(0, failing + 1).filter((e, i) => i === failing || !this.observing.has(e)), (e) => this.sentWith.get(e) ?? {}) : undefined;
    this.observations.push({ ruleId: rule.id, verdict, reason, ...(j && { documented: j.documented, received: j.received }), exchanges, ...(setup && { setup }) });
    return verdict;
  }
}
