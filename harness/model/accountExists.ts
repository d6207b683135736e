import type { ModelState } from './state.js';

/**
 * Which account ids exist in an emulated cloud, beyond the accounts it holds and the ones it
 * lists: `listed` (only those; the default world), `any-except` (every well-formed 16-digit id
 * but the named ones), `prefix` (ids starting with one of the prefixes, but the named ones).
 * Worlds differ in this on purpose: a suite must learn from its profile which id names no account.
 */
export type AccountConvention =
  | { kind: 'listed' }
  | { kind: 'any-except'; except: string[] }
  | { kind: 'prefix'; prefixes: string[]; except: string[] };

const WELL_FORMED = /^[1-9][0-9]{15}$/;

/** Whether `id` names an account of the emulated cloud (one that may be shared with). */
export function accountExists(state: ModelState, id: string): boolean {
  if (state.accounts.has(id) || state.knownAccounts.has(id)) return true;
  const convention = state.accountConvention ?? { kind: 'listed' };
  if (convention.kind === 'listed' || !WELL_FORMED.test(id) || convention.except.includes(id)) return false;
  return convention.kind === 'any-except' || convention.prefixes.some((p) => id.startsWith(p));
}
