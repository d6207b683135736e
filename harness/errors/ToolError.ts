/**
 * The tool failed: bad usage, a bad configuration or profile, an unreachable or garbage-speaking
 * endpoint. Never a verdict about the implementation under test. The CLI prints the message as one
 * line and exits with code 2.
 */
export class ToolError extends Error {
  override readonly name: string = 'ToolError';
}

/** A command line the CLI cannot accept (unknown flag, missing value, bad argument). */
export class UsageError extends ToolError {
  override readonly name = 'UsageError';
}
