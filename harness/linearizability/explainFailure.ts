import { brief, describeOperation } from './describeOperation.js';
import { firstFailingReturn } from './firstFailingReturn.js';
import type { CheckStats } from './LinearizabilityResult.js';
import type { Operation } from './Operation.js';
import type { SequentialSpec } from './SequentialSpec.js';

const SHOWN = 12;

function idsText(indices: readonly number[], ops: readonly Operation[]): string {
  const ids = indices.map((i) => `#${ops[i]!.id}`);
  return ids.length > SHOWN ? `${ids.slice(0, 2).join(', ')}, … ${ids.slice(-(SHOWN - 2)).join(', ')}` : ids.join(', ') || 'nothing';
}

/**
 * Why a history (one partition) the search rejected is not linearizable: the shortest prefix that
 * is not (it ends at the return of the operation that cannot be placed), the states possible just
 * before that return, and what the model answers there to that operation.
 */
export function explainFailure<S, R>(ops: readonly Operation<R>[], spec: SequentialSpec<S, R>, deadline: number, stats: CheckStats, t0: number): string {
  const found = firstFailingReturn(ops, spec, deadline, stats);
  if (found === 'timeout') return 'No order of the operations explains the answers (the search finished); the time budget ran out before the shortest failing prefix was found.';
  if (found === undefined) throw new Error('linearizability: the search and the prefix walk disagree (bug)');
  const op = ops[found.op]!;
  const returns = ops.filter((o) => o.returnedAt !== undefined).length;
  const answers = [...new Set(found.before.map((c) => brief(spec.step(c.state, op.call, op.result as R).result)))];
  const open = [...new Set(found.before.flatMap((c) => c.open))].filter((i) => i !== found.op);
  return [
    `No order of the operations explains the answers once ${describeOperation(op, t0)} has returned (return ${found.returnsBefore + 1} of ${returns}); every earlier return is explained.`,
    `Just before it, ${found.before.length} model state${found.before.length === 1 ? ' was' : 's were'} possible, e.g. ${brief(spec.key(found.example.state))} after ${idsText(found.example.order, ops)};`,
    `placed there, #${op.id} gets ${answers.slice(0, 5).join(' or ')} from the model${open.length ? `, and placing the other open operations (${idsText(open, ops)}) first does not help` : ''}.`,
  ].join(' ');
}
