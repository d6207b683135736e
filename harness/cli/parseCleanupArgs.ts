import { UsageError } from '../errors/ToolError.js';
import { parseCommand } from './parseCommand.js';

/** The flags of `acs-conformance cleanup`, checked: exactly one of a ledger or a sweep, and the profile. */
export function parseCleanupArgs(args: string[]): { ledger?: string; sweep: boolean; target?: string; profile: string } {
  const { values } = parseCommand('cleanup', args, { ledger: { type: 'string' }, sweep: { type: 'boolean' }, target: { type: 'string' }, profile: { type: 'string' } });
  if (!values.ledger === !values.sweep) throw new UsageError('cleanup: give exactly one of --ledger FILE or --sweep');
  if (!values.profile) throw new UsageError('cleanup: --profile FILE is required (the credentials of the account to clean)');
  return { ...(values.ledger !== undefined && { ledger: values.ledger }), sweep: values.sweep ?? false, ...(values.target !== undefined && { target: values.target }), profile: values.profile };
}
