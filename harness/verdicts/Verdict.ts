import type { SetupStep } from '../replay/SetupStep.js';

/** Per-rule verdicts (DESIGN: Verdicts and reports). */
export const VERDICTS = ['pass', 'fail', 'warn', 'unknown', 'skipped', 'not-covered', 'known-gap'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One HTTP exchange kept as evidence; secrets are redacted before it is built. */
export interface Exchange {
  product: string;
  action: string;
  /** Wire parameters as sent (no signature). */
  params: Record<string, string>;
  /** `none`: an unsigned request a client sent through the proxy. */
  signature: 'v3' | 'v2' | 'none';
  /** 0 when no answer reached the client (a dropped connection). */
  status: number;
  body: unknown;
  /** Time the call was sent and answered, ms since the epoch. */
  startedAt: number;
  endedAt: number;
}

/** What one check saw: a verdict for a rule, with the documented and received values. */
export interface Observation {
  ruleId: string;
  verdict: Verdict;
  /** Why: for fail/warn a "documented / received" sentence; for skipped/unknown the reason. */
  reason: string;
  documented?: string;
  received?: string;
  exchanges?: Exchange[];
  /** A failure's setup: the test's requests up to and including the failing one, for replay. */
  setup?: SetupStep[];
  /** Undocumented behaviour seen on the way (extra response fields, …): reported, never a verdict. */
  notes?: string[];
  /** What the notes are: undocumented fields (the default) or the account of a property run. */
  noteKind?: 'undocumented-field' | 'property-run';
  /** The suite that made the observation (set by the run's reporter). */
  suite?: string;
  /** Not checked because the run left its test out: outside its budget. */
  leftOut?: 'budget';
  /** Seed and replay path of a property run, when the observation comes from one. */
  property?: { seed: number; path: string; steps?: string[]; commands?: unknown[] };
}

/** Severity order used to combine several observations of one rule: the worst wins. */
const ORDER: Verdict[] = ['fail', 'warn', 'unknown', 'pass', 'known-gap', 'skipped', 'not-covered'];

export function worst(a: Verdict, b: Verdict): Verdict {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}
