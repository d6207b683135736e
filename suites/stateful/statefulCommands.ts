import fc from 'fast-check';
import { singleCommands } from './singleCommands.js';
import type { WorldCommand } from './WorldCommand.js';

/** What fc.commands draws each element of a sequence from: a command of any of the 16 operations, by weight. */
export function statefulCommands(): fc.Arbitrary<WorldCommand>[] {
  return [fc.oneof(...singleCommands().map(([arbitrary, weight]) => ({ arbitrary, weight })))];
}
