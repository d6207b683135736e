import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TraceStep } from '../run/callTrace.js';

/** Where the recorded figures of each suite live: `fixtures/plan/<suite>.json`. */
export const PLAN_DIR = fileURLToPath(new URL('../../fixtures/plan/', import.meta.url));
export const RECORD_COMMAND = 'npx tsx tools/recordPlan.ts';

/** What one test of a suite did on the bundled emulator: in full, and checking each rule once. */
export interface PlannedTest {
  test: string;
  rules: string[];
  /** The RefusalChangesNothing rules the test checks with its own (checked when one of those is). */
  implied?: string[];
  mutates?: boolean;
  /** Verdicts of the first pass (which rules the test could check there). */
  verdicts: Record<string, string>;
  full: { trace: TraceStep[]; runs?: number };
  once: { trace: TraceStep[] };
}

/**
 * The figures a plan and a budget are made of, per suite: every test with its trace, recorded by
 * tools/recordPlan.ts from two runs of the suite on the bundled emulator (seed and runs below):
 * one in full, one checking each rule once. Generated, never edited; `npm test` fails when a
 * suite's tests and its file disagree, naming the command that records it again.
 */
export interface PlanFixture {
  suite: string;
  recorded: { seed: number; runs: number; target: string };
  tests: PlannedTest[];
}

/** The recorded figures of every suite that has them, by suite name. */
export function loadPlanFixtures(dir = PLAN_DIR): Map<string, PlanFixture> {
  const out = new Map<string, PlanFixture>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const fixture = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PlanFixture;
    out.set(fixture.suite, fixture);
  }
  return out;
}
