import { refusalRuleId, type Discovered, type Model, type Outcome, type ParamValue, type RuleTest } from '../../harness/index.js';
import { answerText, outcomeText, sameAnswer } from './answerText.js';
import { attributeAnswer } from './attributeAnswer.js';
import { Mismatch } from './Mismatch.js';
import type { StatefulRecorder } from './StatefulRecorder.js';
import { verifyState } from './verifyState.js';
import type { CommandJson } from './WorldCommand.js';

type Product = 'swas' | 'ecs';
type Kind = 'swas' | 'ecs' | 'snapshot';

/** The create operations and where their answers carry the new resource's id. */
const CREATES: Record<string, { kind: Kind; key: string }> = {
  CreateCustomImage: { kind: 'swas', key: 'ImageId' },
  CreateImage: { kind: 'ecs', key: 'ImageId' },
  CreateSnapshot: { kind: 'snapshot', key: 'SnapshotId' },
};

/**
 * One run of the property: the target (through the test's client), the reference model mirroring
 * it, and the resources the run created on each side (model id -> target id). Both the fast-check
 * model and real system: every command acts on both and compares them.
 */
export class World {
  /** Model id -> target id of every resource this run created. */
  readonly ids = new Map<string, string>();
  /** Names of the run's SWAS images by model id (for duplicate-name commands). */
  readonly names = new Map<string, string>();
  /** Model ids of what the run created, by kind, in creation order (deleted ones stay). */
  readonly made: Record<Kind, string[]> = { swas: [], ecs: [], snapshot: [] };
  /** Target ids to delete after the run, whatever the model said. */
  readonly created: Record<Kind, Set<string>> = { swas: new Set(), ecs: new Set(), snapshot: new Set() };
  readonly steps: string[] = [];
  /** The commands run so far, as data (what a kept counterexample holds). */
  readonly executed: CommandJson[] = [];
  /** Set when a creation never settled: later commands are not run, the rule is left unknown. */
  halted = false;
  /** The RefusalChangesNothing rule of the last call, when target and model both refused it. */
  private refusal: string | undefined;
  private readonly exchangeStart: number;

  constructor(readonly t: RuleTest, readonly model: Model, readonly d: Discovered, readonly rec: StatefulRecorder) {
    this.exchangeStart = t.exchanges.length;
  }

  get account() { return this.model.state.accounts.get(this.d.accountId)!; }
  get swasIds(): readonly string[] { return this.made.swas; }
  get ecsIds(): readonly string[] { return this.made.ecs; }
  get snapshotIds(): readonly string[] { return this.made.snapshot; }
  target(modelId: string): string { return this.ids.get(modelId) ?? modelId; }

  /**
   * Sends one request to the target and to the model and compares the answers. Resources the
   * target created are noted for cleanup before anything else. A disagreement ends the run (Mismatch).
   */
  async send(label: string, product: Product, action: string, modelParams: Record<string, string>, targetParams: Record<string, ParamValue>): Promise<Outcome> {
    const answer = await this.t.call(product, action, targetParams);
    const creates = CREATES[action];
    const made = creates && answer.status === 200 ? answer.body?.[creates.key] : undefined;
    if (creates && typeof made === 'string') {
      this.created[creates.kind].add(made);
    }
    const outcome = await this.model.handle({ product, action, params: { RegionId: this.d.region, ...modelParams }, accountId: this.d.accountId });
    this.rec.commands++;
    this.steps.push(`${label} -> ${answerText(answer)}`);
    if (!sameAnswer(outcome, answer)) throw this.fail(attributeAnswer(this, product, action, outcome, answer), `${action} answers ${outcomeText(outcome)}`, answerText(answer));
    const refusal = refusalRuleId(`${product}.${action}`);
    this.refusal = outcome.kind === 'error' && this.t.spec.rules.some((r) => r.id === refusal) ? refusal : undefined;
    if (creates && outcome.kind === 'ok' && typeof made === 'string' && typeof outcome.body[creates.key] === 'string') {
      const modelId = String(outcome.body[creates.key]);
      this.ids.set(modelId, made);
      this.made[creates.kind].push(modelId);
    }
    return outcome;
  }

  /**
   * Compares the observable state with the model's after a command whose outcome named `rules`.
   * After a call both sides refused, the model's state is the one before it: a difference is a side
   * effect of the refusal and breaks that operation's RefusalChangesNothing rule.
   */
  async settle(rules: readonly string[]): Promise<void> {
    const refusal = this.refusal;
    const diff = await verifyState(this);
    if (diff) {
      const named = rules.filter((r) => diff.candidates.includes(r));
      const broken = refusal ? [refusal] : named.length ? named : diff.fallback;
      throw this.fail([...new Set([...(diff.always ?? []), ...broken])], diff.documented, diff.received);
    }
    for (const r of [...rules, ...(refusal ? [refusal] : [])]) this.rec.agreed.add(r);
  }

  /** Records that a creation never finished within the settle timeout: the run stops there. */
  unsettled(ruleId: string, reason: string): void {
    this.rec.unsettled.set(ruleId, reason);
    this.halted = true;
  }

  fail(rules: string[], documented: string, received: string): Mismatch {
    const m = new Mismatch(rules, documented, received, [...this.steps], [...this.executed]);
    this.rec.mismatch(m, this.t.exchanges.slice(Math.max(this.exchangeStart, this.t.exchanges.length - 12)));
    return m;
  }
}
