import fc from 'fast-check';
import { Intention } from './Intention.js';
import { intentions } from './intentions.js';
import { singleCommands } from './singleCommands.js';

/** Of the generated elements, the share that are intentions; the others are single commands. */
const INTENTION_SHARE = 0.4;

/**
 * What fc.commands draws each element of a sequence from: an intention (a plan of steps towards
 * the states sequence-only bugs need, its steps resolved against the run's state) two times in
 * five, otherwise a single command of any of the 16 operations (the exploration around them).
 */
export function statefulCommands(): fc.Arbitrary<Intention>[] {
  const plans = intentions();
  const singles = singleCommands();
  const total = (table: [unknown, number][]) => table.reduce((n, [, w]) => n + w, 0);
  const scale = (INTENTION_SHARE / (1 - INTENTION_SHARE)) * (total(singles) / total(plans));
  return [fc.oneof(
    ...plans.map(([arbitrary, weight]) => ({ arbitrary, weight: Math.round(weight * scale * 10) })),
    ...singles.map(([arbitrary, weight]) => ({ arbitrary: arbitrary.map((c) => new Intention(c.constructor.name, [c])), weight: weight * 10 })),
  )];
}
