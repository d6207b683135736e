/**
 * A spec file that is unreadable or breaks the meta-schema or a consistency rule. Its message is
 * one line: the file, the JSON pointer into it, and what is wrong.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError';

  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`${file}#${pointer}: ${problem}`);
  }
}
