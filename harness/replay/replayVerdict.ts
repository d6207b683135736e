import type { Rule } from '../../spec/index.js';
import { judgeAnswer, type Answer } from '../verdicts/judgeAnswer.js';

export type ReplayOutcome = 'passes now' | 'still fails' | 'fails differently';

/**
 * Judges the failing request's answer now against the rule and against the recording: `passes now`
 * when the rule holds, `still fails` when the answer (status and code, as judgeAnswer reports it)
 * is the recorded one, `fails differently` otherwise, with both. Exit code 0 for passes, else 1.
 */
export function replayVerdict(rule: Pick<Rule, 'id' | 'observe'>, recorded: Answer, now: Answer, where: string): { outcome: ReplayOutcome; line: string; code: 0 | 1 } {
  const j = judgeAnswer(rule, now);
  const before = judgeAnswer(rule, recorded).received;
  if (j.matches) return { outcome: 'passes now', line: `${rule.id} on ${where}: passes now (documented ${j.documented}, received ${j.received})`, code: 0 };
  if (j.received === before) return { outcome: 'still fails', line: `${rule.id} on ${where}: still fails (documented ${j.documented}, received ${j.received})`, code: 1 };
  return { outcome: 'fails differently', line: `${rule.id} on ${where}: fails differently (documented ${j.documented}; recorded ${before}, now ${j.received})`, code: 1 };
}
