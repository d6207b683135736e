import type { RuleTest } from '../../harness/index.js';

/** Records `skipped` for every rule of `ids` not decided yet, with the precondition that is missing. */
export function skipRules(t: RuleTest, ids: readonly string[], reason: string): void {
  for (const id of ids) if (!t.observations.some((o) => o.ruleId === id)) t.skip(id, reason);
}

/** What the isolation rules need from the profile that it does not name, or undefined. */
export function missingPeer(t: RuleTest): string | undefined {
  return t.profile.peer && t.client.options.accounts.peer ? undefined : 'needs a second account of the target (profile field peer)';
}

export function missingRegion(t: RuleTest): string | undefined {
  const r = t.profile.secondRegion;
  if (!r) return 'needs a second region of the target (profile field secondRegion)';
  return r === t.profile.region ? `the profile's secondRegion is its region ${r}; it must name another one` : undefined;
}
