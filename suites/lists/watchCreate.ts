import { createdId, type CallResult, type RuleTest } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';

/** A create whose first status was read right after it returned. */
export interface Watched {
  answer: CallResult;
  id?: string;
  /** The status the first read showed (undefined: not listed). */
  first?: string;
}

/** Sends a create and reads the new resource's status at once (the one call between them is the read). */
export async function watchCreate(create: () => Promise<CallResult>, idField: 'ImageId' | 'SnapshotId', status: (id: string) => Promise<string | undefined>): Promise<Watched> {
  const answer = await create();
  const id = createdId(answer, idField);
  return { answer, ...(id && { id }), ...(id && { first: await status(id) }) };
}

/**
 * Judges the rule that a new resource is seen in its intermediate state: passes when the first read
 * met it there; when not, a warn (the rule is inferred) if the target was asked to be slow enough
 * (`slow`: c.slowCreates), else skipped, since a target may create faster than one call.
 */
export function judgeSeen(t: RuleTest, ruleId: string, w: Watched, intermediate: string, noun: string, slow: boolean): void {
  if (!w.id) return t.unknown(ruleId, `the create failed (${answerOf(w.answer)})`);
  const documented = `the new ${noun} read right after the create shows Status ${intermediate}`;
  if (w.first === intermediate || slow) return void t.check(ruleId, w.first === intermediate, documented, `first read: ${w.first === undefined ? 'not listed' : `Status ${w.first}`}`, [w.answer.exchange, ...t.exchanges.slice(-1)]);
  t.skip(ruleId, `the first read showed ${w.first === undefined ? 'no item' : `Status ${w.first}`}; the target may finish creating within one call, and its profile does not say creates last long enough to be seen (asyncCreates.observable)`);
}
